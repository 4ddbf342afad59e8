package org.dossier.search;

import java.util.Arrays;
import java.util.Optional;

/** How results are ordered; ties are always broken by publication id, so paging is stable. */
public enum SortOrder {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest"),
    TITLE("title");

    private final String key;

    SortOrder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SortOrder> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
