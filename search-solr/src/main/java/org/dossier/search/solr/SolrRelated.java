package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Facet;
import org.dossier.search.IndexedText;
import org.dossier.search.TellingWords;
import org.dossier.search.TextLikeness;

/**
 * Publications like one (by words), and the related engine's candidates: found by words and by facts (the
 * same collection, people, countries, topics; rarer values weigh more), each with its word similarity, the
 * seed's telling words it contains, and its facts. The embedded index's RelatedCandidates, over Solr.
 */
final class SolrRelated {
    private static final int MAX_TOPICS = 15;
    private static final int TELLING_WORDS = 12;
    /** The readable form of a telling word is looked for in this much of the seed's text. */
    private static final int SURFACE_SCAN = 20_000;

    private final Solr solr;
    private final Analysis analysis;
    private final TellingWords.Settings similarSettings;
    private final TellingWords.Settings relatedSettings;

    SolrRelated(Solr solr, Analysis analysis) {
        this.solr = solr;
        this.analysis = analysis;
        this.similarSettings = new TellingWords.Settings(2, 0, 0, 25, 2000, Set.of(), false);
        this.relatedSettings = new TellingWords.Settings(2, 5, 3, 25, 2000, analysis.commonStems(), true);
    }

    List<String> similar(String id, int limit, Facet having) {
        Map<String, List<String>> stored = stored(id);
        if (stored == null) {
            return List.of();
        }
        List<TellingWords.Word> words = words(stored, similarSettings);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> filters = new ArrayList<>(List.of("-" + ID + ":" + ClientUtils.escapeQueryChars(id)));
        if (having != null) {
            filters.add(SolrFields.DRILLDOWN + ":" + ClientUtils.escapeQueryChars(having.key()));
        }
        return ids(like(words), filters, limit);
    }

    List<RelatedCandidate> candidates(Publication seed, Collection<String> alsoConsider, int limit) {
        Map<String, List<String>> stored = stored(seed.id());
        String text = seed.title() + "\n" + IndexedText.of(seed);
        List<TellingWords.Word> words =
                words(stored != null ? stored : Map.of(TEXT_EN, List.of(text)), relatedSettings);
        String notSeed = "-" + ID + ":" + ClientUtils.escapeQueryChars(seed.id());

        Set<String> ids = new LinkedHashSet<>();
        Map<String, Object> like = words.isEmpty() ? null : like(words);
        if (like != null) {
            ids.addAll(ids(like, List.of(notSeed), limit));
        }
        Map<String, Object> facts = facts(seed);
        if (facts != null) {
            ids.addAll(ids(facts, List.of(notSeed), limit));
        }
        alsoConsider.stream().filter(id -> !id.equals(seed.id())).forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        String inCandidates =
                ID + ":(" + ids.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
        Map<String, Double> likeThisScores = new HashMap<>();
        if (like != null) {
            for (SolrDocument d : docs(like, List.of(inCandidates), ids.size(), ID + ",score")) {
                likeThisScores.put((String) d.getFieldValue(ID), ((Number) d.getFieldValue("score")).doubleValue());
            }
        }
        Map<String, Double> textScores = TextLikeness.blend(
                likeThisScores,
                likeness(stored != null ? stored : Map.of(TEXT_EN, List.of(text)), inCandidates, ids.size()));
        Map<String, String> forms = surfaceForms(text, words);
        List<String> surface = new ArrayList<>(forms.values());
        List<String> surfaceStems = new ArrayList<>(forms.keySet());
        StringBuilder fields = new StringBuilder(ID + "," + FACTS);
        for (int i = 0; i < surfaceStems.size(); i++) {
            fields.append(",w").append(i).append(":sum(");
            for (int f = 0; f < TITLES_AND_TEXTS.length; f++) {
                fields.append(f == 0 ? "" : ",")
                        .append("termfreq(")
                        .append(TITLES_AND_TEXTS[f])
                        .append(",$s")
                        .append(i)
                        .append(")");
            }
            fields.append(")");
        }
        JsonQueryRequest request = new JsonQueryRequest()
                .setQuery(inCandidates)
                .withFilter(KIND + ":" + PUBLICATION)
                .setSort(ID + " asc")
                .setLimit(ids.size())
                .returnFields(fields.toString());
        // termfreq analyses its term, and a stem is not always its own stem ("representational" →
        // "represent" → "repres"): it is given the seed's word, which analyses to the stem
        for (int i = 0; i < surface.size(); i++) {
            request.withParam("s" + i, surface.get(i));
        }
        List<RelatedCandidate> out = new ArrayList<>();
        for (SolrDocument d : solr.query(request, false).getResults()) {
            String id = (String) d.getFieldValue(ID);
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < surface.size(); i++) {
                Object n = d.getFieldValue("w" + i);
                if (n instanceof Number number && number.doubleValue() > 0) {
                    shared.add(surface.get(i));
                }
            }
            out.add(new RelatedCandidate(id, textScores.getOrDefault(id, 0.0), shared, CandidateFacts.decode((String)
                    d.getFieldValue(FACTS))));
        }
        return out;
    }

    /**
     * Each candidate's {@link TextLikeness} to the seed's title and text: the sum of its contributions as a
     * function query over the candidates, and its kept norm.
     */
    private Map<String, Double> likeness(Map<String, List<String>> seed, String candidates, int count) {
        List<TextLikeness.Term> terms = TextLikeness.of(seed, analysis::tokens, new SolrTermStatistics(solr));
        Map<String, Double> out = new HashMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        // Solr analyses termfreq's term, and a stem is not always its own stem ("represent" → "repres"):
        // it is given the seed's own word for each term, which analyses to that term
        Map<String, String> wordOf = new HashMap<>();
        seed.forEach((field, texts) -> texts.forEach(text -> {
            for (String[] termAndWord : analysis.termsWithWords(field, text)) {
                wordOf.putIfAbsent(field + "\u0000" + termAndWord[0], termAndWord[1]);
            }
        }));
        JsonQueryRequest request = new JsonQueryRequest();
        List<String> contributions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            TextLikeness.Term t = terms.get(i);
            String tf = "termfreq(" + t.field() + ",$t" + i + ")";
            contributions.add("product($w" + i + ",if(" + tf + ",sum(1,ln(" + tf + ")),0))");
            request.withParam("t" + i, wordOf.getOrDefault(t.field() + "\u0000" + t.term(), t.term()))
                    .withParam("w" + i, new java.math.BigDecimal(Float.toString((float) t.weight())).toPlainString());
        }
        request.setQuery("{!func}sum(" + String.join(",", contributions) + ")")
                .withFilter(KIND + ":" + PUBLICATION)
                .withFilter(candidates)
                .setLimit(count)
                .returnFields(ID + ",score,norm:field(" + TEXT_NORM + ")");
        for (SolrDocument d : solr.query(request, false).getResults()) {
            double sum = ((Number) d.getFieldValue("score")).doubleValue();
            if (sum > 0) {
                out.put(
                        (String) d.getFieldValue(ID),
                        TextLikeness.score(sum, ((Number) d.getFieldValue("norm")).doubleValue()));
            }
        }
        return out;
    }

    private List<TellingWords.Word> words(Map<String, List<String>> values, TellingWords.Settings settings) {
        return TellingWords.of(values, settings, analysis::tokens, new SolrTermStatistics(solr));
    }

    /** Texts like one with these telling words: any of them, each boosted by how telling it is. */
    private static Map<String, Object> like(List<TellingWords.Word> words) {
        List<Object> should = new ArrayList<>();
        for (TellingWords.Word w : words) {
            String term = "{!term f=" + w.field() + "}" + w.term();
            should.add(w.boost() == 1f ? term : Map.of("boost", Map.of("query", term, "b", Float.toString(w.boost()))));
        }
        return Map.of("bool", Map.of("should", should));
    }

    /** Publications sharing the seed's collection, people, countries or topics; rarer values weigh more. */
    private static Map<String, Object> facts(Publication seed) {
        List<Object> should = new ArrayList<>();
        if (seed.collection() != null) {
            should.add(drilldown(Facet.COLLECTION, seed.collection(), 3));
        }
        for (Authorship a : seed.authors()) {
            should.add(drilldown(Facet.AUTHOR, a.person().id(), 2));
        }
        for (String place : seed.places()) {
            should.add(drilldown(Facet.COUNTRY, place, 1.5f));
            should.add(drilldown(Facet.REGION, place, 1));
        }
        for (String topic :
                seed.topics().subList(0, Math.min(MAX_TOPICS, seed.topics().size()))) {
            should.add(drilldown(Facet.TOPIC, topic, 1));
        }
        return should.isEmpty() ? null : Map.of("bool", Map.of("should", should));
    }

    /** How many publications hold each of these values of a facet: one query facet per value, in one request. */
    Map<String, Long> counts(Facet facet, Collection<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        Map<String, Long> out = new HashMap<>();
        if (distinct.isEmpty()) {
            return out;
        }
        JsonQueryRequest request =
                new JsonQueryRequest().setQuery(KIND + ":" + PUBLICATION).setLimit(0);
        for (int i = 0; i < distinct.size(); i++) {
            request.withFacet(
                    "c" + i,
                    Map.of(
                            "type",
                            "query",
                            "q",
                            "{!term f=" + DRILLDOWN + "}" + SolrFields.drilldown(facet, distinct.get(i))));
        }
        var facets = solr.query(request, false).getJsonFacetingResponse();
        for (int i = 0; i < distinct.size(); i++) {
            var bucket = facets.getQueryFacet("c" + i);
            out.put(distinct.get(i), bucket == null ? 0 : bucket.getCount());
        }
        return out;
    }

    private static Object drilldown(Facet facet, String value, float boost) {
        String term = "{!term f=" + DRILLDOWN + "}" + SolrFields.drilldown(facet, value);
        return boost == 1f ? term : Map.of("boost", Map.of("query", term, "b", Float.toString(boost)));
    }

    /** The readable word behind each telling stem ("decentraliz" → "decentralization"), in the seed's own text. */
    private Map<String, String> surfaceForms(String text, List<TellingWords.Word> words) {
        Map<String, String> out = new LinkedHashMap<>();
        words.stream().limit(TELLING_WORDS).forEach(w -> out.put(w.term(), null));
        String scanned = text.length() > SURFACE_SCAN ? text.substring(0, SURFACE_SCAN) : text;
        for (String[] termAndWord : analysis.termsWithWords(TEXT_EN, scanned)) {
            if (out.containsKey(termAndWord[0]) && out.get(termAndWord[0]) == null) {
                out.put(termAndWord[0], termAndWord[1]);
            }
        }
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    /** The stored title and text of an indexed publication, by field; null when it is not indexed. */
    private Map<String, List<String>> stored(String id) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", String.join(",", TITLES_AND_TEXTS));
        SolrDocument doc;
        try {
            doc = solr.client().getById(solr.collection(), id, params);
        } catch (SolrServerException | java.io.IOException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e));
        }
        if (doc == null) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String field : TITLES_AND_TEXTS) {
            Object value = doc.getFieldValue(field);
            if (value != null) {
                out.put(field, List.of(value.toString()));
            }
        }
        return out;
    }

    /** The ids of the best {@code limit} publications for a query; ties go to the smaller id. */
    private List<String> ids(Map<String, Object> query, List<String> filters, int limit) {
        return docs(query, filters, limit, ID).stream()
                .map(d -> (String) d.getFieldValue(ID))
                .toList();
    }

    private List<SolrDocument> docs(Map<String, Object> query, List<String> filters, int limit, String fields) {
        JsonQueryRequest request = new JsonQueryRequest()
                .setQuery(query)
                .withFilter(KIND + ":" + PUBLICATION)
                .setSort("score desc, " + ID + " asc")
                .setLimit(limit)
                .returnFields(fields);
        filters.forEach(request::withFilter);
        return solr.query(request, false).getResults();
    }
}
