package org.dossier.search;

import java.util.List;

/**
 * What a reader typed, understood: groups that must all match (the terms of a group are alternatives,
 * joined by OR), terms that must not match, and notices about what was not understood.
 */
public record ParsedQuery(List<List<Term>> all, List<Term> none, List<String> notices) {

    /** Where a term is looked for: anywhere, or in one field ({@code author:Dion}). */
    public enum Field {
        ANY,
        TITLE,
        AUTHOR,
        TOPIC,
        COUNTRY,
        TYPE,
        COLLECTION;

        static Field ofPrefix(String prefix) {
            return switch (prefix) {
                case "title" -> TITLE;
                case "author", "by" -> AUTHOR;
                case "topic" -> TOPIC;
                case "country", "place", "region" -> COUNTRY;
                case "type" -> TYPE;
                case "collection", "process" -> COLLECTION;
                default -> null;
            };
        }
    }

    /** A word, or an exact phrase when {@code phrase}. */
    public record Term(Field field, String text, boolean phrase) {}

    public boolean isEmpty() {
        return all.isEmpty() && none.isEmpty();
    }
}
