package org.dossier.catalog;

import java.util.List;
import java.util.Optional;
import org.dossier.publication.Publication;

/**
 * The named terms publications are filed under — topics (issue areas), types and collections — with how
 * many publications use each and, for topics and collections, a description shown on their pages.
 */
public interface Vocabulary {

    enum Kind {
        TOPIC,
        TYPE,
        COLLECTION;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The publication filed under {@code to} where it was filed under {@code from}. */
        public Publication renamedIn(Publication p, String from, String to) {
            return switch (this) {
                case TOPIC ->
                    p.toBuilder()
                            .topics(p.topics().stream()
                                    .map(t -> t.equalsIgnoreCase(from) ? to : t)
                                    .toList())
                            .build();
                case TYPE -> p.toBuilder().type(to).build();
                case COLLECTION -> p.toBuilder().collection(to).build();
            };
        }
    }

    /** A term with its description and, for a collection, what it is as a noun ("peace process"; null: a collection). */
    record Term(String name, String description, String kind, long publications) {}

    /** Every term of this kind, by name. */
    List<Term> terms(Kind kind);

    Optional<Term> term(Kind kind, String name);

    /** Sets a topic's or collection's description (blank removes it); false when there is no such term. */
    boolean describe(Kind kind, String name, String description);

    /** What a collection is, as a noun ("peace process", "series"), when the store knows. */
    Optional<String> collectionKind(String collection);

    /** Says what a collection is (blank: a plain collection); false when there is no such collection. */
    boolean classify(String collection, String kind);

    /** The publications filed under this term. */
    List<String> publicationIds(Kind kind, String name);

    /**
     * Files every publication under {@code from} under {@code to} instead — into the existing term when there is
     * one (a merge) — each rewritten as a change (so the index, feeds and harvesters follow); the description
     * and a collection's kind move along when {@code to} has none, and the old term goes. One transaction: all of it or none.
     * Returns how many publications were rewritten; fails with a FieldException naming {@code from} when there
     * is no such term.
     */
    int rename(Kind kind, String from, String to);
}
