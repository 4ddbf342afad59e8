package org.dossier.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. An admin manages accounts, settings and taxonomies and does all an editor does;
 * an editor creates, edits, publishes and unpublishes; a contributor creates drafts and edits their own,
 * and submits them for review; a reader signs in and reads what anyone reads (an account waiting for a
 * role, or one whose rights were taken back).
 */
public enum Role {
    READER,
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    /** Whether this role may do what {@code other} may (admin ⊇ editor ⊇ contributor). */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
