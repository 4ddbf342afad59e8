package org.dossier.search.solr;

import org.dossier.search.Facet;

/** The fields of the collection (configset/schema.xml); text fields are named as in the embedded index. */
final class SolrFields {
    static final String ID = "id";
    static final String KIND = "doc_kind";
    static final String PUBLICATION = "publication";
    static final String SUGGESTION = "suggestion";

    static final String TITLE_EN = "title_en";
    static final String TITLE_FR = "title_fr";
    static final String TEXT_EN = "text_en";
    static final String TEXT_FR = "text_fr";
    static final String TEXT_FIELDS = "text_fields";
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
    static final String FACTS = "facts";
    static final String TEXT_NORM = "text_norm";
    static final String FINGERPRINT = "fingerprint";
    /** Every facet's name, and its name with each value: the terms the related engine's facts query. */
    static final String DRILLDOWN = "drilldown";

    static final String SUGGEST_KIND = "suggest_kind";
    static final String SUGGEST_KEY = "suggest_key";
    static final String SUGGEST_LABEL = "suggest_label";
    static final String SUGGEST_WORDS = "suggest_words";
    static final String SUGGEST_WEIGHT = "suggest_weight";

    static final String[] TEXTS = {TEXT_EN, TEXT_FR};
    static final String[] TITLES_AND_TEXTS = {TITLE_EN, TEXT_EN, TITLE_FR, TEXT_FR};

    private SolrFields() {}

    static String facet(Facet facet) {
        return "facet_" + facet.key();
    }

    static String drilldown(Facet facet, String value) {
        return facet.key() + '\u001f' + value;
    }

    /** The tag of a facet's filter, which its own counts leave out. */
    static String tag(Facet facet) {
        return "f_" + facet.key();
    }
}
