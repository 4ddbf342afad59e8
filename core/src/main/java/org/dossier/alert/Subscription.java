package org.dossier.alert;

import java.time.Instant;

/**
 * A reader's e-mail alert for one list: the list's page ({@code listPath}), title and search ({@code query}, the
 * search's query string with the page's own scope in it), how often, and where it stands. The {@code token} is the
 * secret its e-mails' links carry; {@code requestedBy} a hash of the network address that asked for it.
 */
public record Subscription(
        String id,
        String email,
        String listPath,
        String listTitle,
        String query,
        Frequency frequency,
        Status status,
        String token,
        Instant created,
        Instant confirmBy,
        Instant confirmed,
        String requestedBy) {

    public enum Frequency {
        DAILY,
        WEEKLY;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Status {
        PENDING,
        ACTIVE,
        UNSUBSCRIBED
    }
}
