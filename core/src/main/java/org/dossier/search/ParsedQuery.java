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

    /** At most this many words and phrases are looked for; words too common to search do not count. */
    public static final int MAX_SEARCHED = 32;

    /**
     * The query with only what can be looked for: terms that {@code searchable} accepts (not stop words), groups
     * left empty dropped, and at most {@link #MAX_SEARCHED} groups, with a notice when some were left out.
     */
    public ParsedQuery searchable(java.util.function.Predicate<Term> searchable) {
        List<List<Term>> kept = new java.util.ArrayList<>();
        List<String> said = new java.util.ArrayList<>(notices);
        for (List<Term> group : all) {
            List<Term> terms = group.stream().filter(searchable).toList();
            if (terms.isEmpty()) {
                continue;
            }
            if (kept.size() == MAX_SEARCHED) {
                said.add("Only the first " + MAX_SEARCHED + " words and phrases were looked for.");
                break;
            }
            kept.add(terms);
        }
        return new ParsedQuery(kept, none.stream().filter(searchable).toList(), said);
    }

    public boolean isEmpty() {
        return all.isEmpty() && none.isEmpty();
    }
}
