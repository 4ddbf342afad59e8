package org.dossier.publication;

import java.util.Locale;

/** Where a publication stands: ready for readers, or imported with gaps an editor must fill. */
public enum Status {
    PUBLISHED, NEEDS_REVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Status ofCode(String code) {
        for (Status s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a status (published or needs-review)");
    }
}
