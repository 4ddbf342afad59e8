package org.dossier.publication;

import java.util.Locale;

/**
 * Where a publication stands in its life. Readers see published ones, and those imported with gaps an
 * editor must still fill (needs review, shown with a label); drafts, those in review and withdrawn ones
 * only editors see.
 */
public enum Status {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    NEEDS_REVIEW,
    WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether readers may see a publication in this state (once its embargo, if any, has passed). */
    public boolean forReaders() {
        return this == PUBLISHED || this == NEEDS_REVIEW;
    }

    public static Status ofCode(String code) {
        for (Status s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "'" + code + "' is not a status (draft, in-review, published, needs-review or withdrawn)");
    }
}
