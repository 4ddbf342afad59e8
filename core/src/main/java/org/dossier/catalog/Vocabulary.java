package org.dossier.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The named terms publications are filed under — topics (issue areas), types and collections — with how
 * many publications use each and, for topics and collections, a description shown on their pages.
 */
public interface Vocabulary {

    enum Kind {
        TOPIC, TYPE, COLLECTION;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Term(String name, String description, long publications) {
    }

    /** Every term of this kind, by name. */
    List<Term> terms(Kind kind);

    Optional<Term> term(Kind kind, String name);

    /** Sets a topic's or collection's description (blank removes it); false when there is no such term. */
    boolean describe(Kind kind, String name, String description);

    /** The publications filed under this term. */
    List<String> publicationIds(Kind kind, String name);

    /** Removes the term if no publication uses it any more. */
    void forgetIfUnused(Kind kind, String name);
}
