package org.dossier.alert;

import java.time.Instant;
import java.util.List;

/**
 * What one subscription is sent for one period ("2026-11-30", or "2026-W49" for a week): the new publications, each
 * as it was when the digest was made and with why it matched. {@code sent} is null until the SMTP server took it.
 */
public record Digest(String subscriptionId, String period, List<Item> items, Instant created, Instant sent) {

    public Digest {
        items = List.copyOf(items);
    }

    public record Item(String publicationId, String title, String path, String date, String type, String why) {}
}
