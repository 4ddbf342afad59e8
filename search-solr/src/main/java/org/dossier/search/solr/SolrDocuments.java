package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.ContentHash;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.search.Facet;
import org.dossier.search.IndexedPlaces;
import org.dossier.search.IndexedText;
import org.dossier.search.MarkedSnippet;
import org.dossier.search.Suggestion;
import org.dossier.search.TextLikeness;
import org.dossier.search.lucene.Analyzers;

/** A publication as Solr documents: itself (text per language, facets, dates, sort keys) and its autocomplete entries. */
final class SolrDocuments {
    private final Gazetteer gazetteer;

    SolrDocuments(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    SolrInputDocument publication(Publication p) {
        SolrInputDocument doc = new SolrInputDocument();
        Set<String> drilldown = new LinkedHashSet<>();
        doc.setField(ID, p.id());
        doc.setField(KIND, PUBLICATION);
        boolean french = IndexedText.isFrench(p);
        String titleField = french ? TITLE_FR : TITLE_EN;
        doc.setField(titleField, p.title());
        doc.addField(TEXT_FIELDS, titleField);
        // the highlighter's marks cannot come from the text (the embedded index's formatter drops them too)
        String text = MarkedSnippet.withoutMarks(IndexedText.of(p));
        if (!text.isEmpty()) {
            String textField = french ? TEXT_FR : TEXT_EN;
            doc.setField(textField, text);
            doc.addField(TEXT_FIELDS, textField);
        }
        doc.addField(WORDS, p.title() + "\n" + text);
        for (Authorship a : p.authors()) {
            doc.addField(WORDS, a.person().name());
        }
        doc.setField(TITLE_SORT, IndexedText.sortKey(p.title()));
        doc.setField(FACTS, CandidateFacts.of(p).encode());
        doc.setField(TEXT_NORM, TextLikeness.norm(p.title() + "\n" + IndexedText.of(p), Analyzers::isStopWord));
        doc.setField(FINGERPRINT, ContentHash.of(p));
        for (Authorship a : p.authors()) {
            doc.addField(NAMES, a.person().name());
            facet(doc, drilldown, Facet.AUTHOR, a.person().id());
        }
        for (String topic : p.topics()) {
            doc.addField(TOPICS, topic);
            facet(doc, drilldown, Facet.TOPIC, topic);
        }
        places(doc, drilldown, p.places());
        if (p.type() != null) {
            doc.setField(TYPE, p.type());
            facet(doc, drilldown, Facet.TYPE, p.type());
        }
        if (p.collection() != null) {
            doc.setField(COLLECTION, p.collection());
            facet(doc, drilldown, Facet.COLLECTION, p.collection());
        }
        if (p.series() != null) {
            facet(doc, drilldown, Facet.SERIES, p.series());
        }
        if (p.language() != null) {
            facet(doc, drilldown, Facet.LANGUAGE, p.language());
        }
        if (p.date() != null) {
            doc.setField(DATE_START, p.date().start().toEpochDay());
            doc.setField(DATE_END, p.date().end().toEpochDay());
            doc.setField(DATE_SORT, p.date().start().toEpochDay());
            facet(doc, drilldown, Facet.YEAR, String.valueOf(p.date().year()));
        }
        doc.setField(DRILLDOWN, new ArrayList<>(drilldown));
        return doc;
    }

    private void places(SolrInputDocument doc, Set<String> drilldown, List<String> codes) {
        IndexedPlaces places = IndexedPlaces.of(codes, gazetteer);
        for (String code : places.countries()) {
            facet(doc, drilldown, Facet.COUNTRY, code);
            String name = gazetteer.find(code).map(Place::name).orElse("");
            doc.addField(PLACES, code + " " + name);
            doc.addField(WORDS, name);
        }
        for (String code : places.regions()) {
            facet(doc, drilldown, Facet.REGION, code);
            doc.addField(PLACES, gazetteer.find(code).map(Place::name).orElse(code));
        }
    }

    private static void facet(SolrInputDocument doc, Set<String> drilldown, Facet facet, String value) {
        doc.addField(SolrFields.facet(facet), value);
        drilldown.add(facet.key());
        drilldown.add(SolrFields.drilldown(facet, value));
    }

    /** Titles, people, topics, places (with the regions they lie in) and collections, one entry per kind and label. */
    List<SolrInputDocument> suggestions(Publication p) {
        List<SolrInputDocument> out = new ArrayList<>();
        long recency = p.date() == null
                ? 0
                : p.date().year() * 400L
                        + (p.date().month() == null ? 0 : p.date().month() * 32L);
        out.add(suggestion(Suggestion.Kind.TITLE, p.id(), p.title(), recency));
        for (Authorship a : p.authors()) {
            out.add(suggestion(
                    Suggestion.Kind.PERSON, a.person().id(), a.person().name(), 0));
        }
        for (String topic : p.topics()) {
            out.add(suggestion(Suggestion.Kind.TOPIC, topic, topic, 0));
        }
        for (String code : p.places()) {
            gazetteer.find(code).ifPresent(place -> out.add(suggestion(Suggestion.Kind.PLACE, code, place.name(), 0)));
            gazetteer
                    .ancestors(code)
                    .forEach(place -> out.add(suggestion(Suggestion.Kind.PLACE, place.code(), place.name(), 0)));
        }
        if (p.collection() != null) {
            out.add(suggestion(Suggestion.Kind.COLLECTION, p.collection(), p.collection(), 0));
        }
        return out;
    }

    private static SolrInputDocument suggestion(Suggestion.Kind kind, String key, String label, long weight) {
        SolrInputDocument doc = new SolrInputDocument();
        // one entry per kind and label, as the embedded suggester keeps it: the last one indexed wins
        doc.setField(ID, "suggest\u0001" + kind.ordinal() + "\u0001" + label);
        doc.setField(KIND, SUGGESTION);
        doc.setField(SUGGEST_KIND, kind.name());
        doc.setField(SUGGEST_KEY, key);
        doc.setField(SUGGEST_LABEL, label);
        doc.setField(SUGGEST_WORDS, label);
        doc.setField(SUGGEST_WEIGHT, weight);
        return doc;
    }
}
