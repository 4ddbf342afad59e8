package org.dossier.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets a reader can filter and count by. Values are keys: type, topic, collection, series and language by
 * name or code; country and region by place code (a region's count and filter include its countries);
 * author by person id; year as four digits.
 */
public enum Facet {
    TYPE("type"),
    TOPIC("topic"),
    COUNTRY("country"),
    REGION("region"),
    AUTHOR("author"),
    YEAR("year"),
    LANGUAGE("language"),
    COLLECTION("collection"),
    SERIES("series");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Facet> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
