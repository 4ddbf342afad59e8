package org.dossier.search.lucene;

import org.dossier.search.Facet;

/** The fields of the index. Text is indexed per language family: English (the default) and French. */
final class Fields {
    static final String ID = "id";
    static final String TITLE_EN = "title_en";
    static final String TITLE_FR = "title_fr";
    static final String TEXT_EN = "text_en";
    static final String TEXT_FR = "text_fr";
    /** Every word of title and text, folded but not stemmed: what misspellings are compared with. */
    static final String WORDS = "words";

    static final String NAMES = "names";
    static final String TOPICS = "topics";
    static final String PLACES = "places";
    static final String TYPE = "type";
    static final String COLLECTION = "collection";
    static final String DATE_START = "date_start";
    static final String DATE_END = "date_end";
    static final String DATE_SORT = "date_sort";
    static final String TITLE_SORT = "title_sort";
    /** The related engine's facts of a publication ({@link org.dossier.related.CandidateFacts#encode()}). */
    static final String FACTS = "facts";
    /** The publication's word norm ({@link org.dossier.search.TextLikeness#norm}). */
    static final String TEXT_NORM = "text_norm";
    /** The content hash of the publication as indexed. */
    static final String FINGERPRINT = "fingerprint";
    /** The publication's meaning vector, when the index has an embedder. */
    static final String MEANING = "meaning";

    static final String[] TEXTS = {TEXT_EN, TEXT_FR};

    private Fields() {}

    /** The facet dimension of a facet. */
    static String dim(Facet facet) {
        return facet.key();
    }
}
