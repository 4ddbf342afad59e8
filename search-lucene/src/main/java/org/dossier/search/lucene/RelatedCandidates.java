package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Facet;
import org.dossier.search.IndexedText;
import org.dossier.search.TellingWords;
import org.dossier.search.TextLikeness;

/**
 * Finds related candidates in two ways — by words (telling words of title and text, the text capped) and
 * by facts (the same collection, people, countries, topics; rare values weigh more) — then gives every
 * candidate its word similarity, the seed's telling words it contains, and its facts.
 */
final class RelatedCandidates {
    private static final int MAX_TOPICS = 15;
    private static final int TELLING_WORDS = 12;
    /** The readable form of a telling word is looked for in this much of the seed's text (statements run to 127 kB). */
    private static final int SURFACE_SCAN = 20_000;

    static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

    private final Analyzer analyzer;
    private final FacetsConfig config;
    private final LikeThis likeThis;
    private final TellingWords.Settings settings;
    private final boolean byMeaning;
    private final Meanings meanings = new Meanings();
    private final Likeness likeness;

    RelatedCandidates(Analyzer analyzer, FacetsConfig config, LikeThis likeThis, boolean byMeaning) throws IOException {
        this.byMeaning = byMeaning;
        this.analyzer = analyzer;
        this.config = config;
        this.likeThis = likeThis;
        this.likeness = new Likeness(analyzer, likeThis);
        this.settings = new TellingWords.Settings(2, 5, 3, 25, 2000, Analyzers.commonStems(analyzer), true);
    }

    List<RelatedCandidate> find(IndexSearcher searcher, Publication seed, Collection<String> alsoConsider, int limit)
            throws IOException {
        Query notSeed = new TermQuery(new Term(Fields.ID, seed.id()));
        int seedDoc = docOf(searcher, seed.id());
        String text = seed.title() + "\n" + IndexedText.of(seed);
        Map<String, List<String>> seedText =
                seedDoc >= 0 ? LikeThis.stored(searcher, seedDoc) : Map.of(Fields.TEXT_EN, List.of(text));
        List<TellingWords.Word> words = likeThis.words(searcher.getIndexReader(), seedText, settings);
        Query like = LikeThis.query(words);
        String[] telling = words.stream().map(TellingWords.Word::term).toArray(String[]::new);

        Set<String> ids = new LinkedHashSet<>();
        top(searcher, without(like, notSeed), limit).forEach(ids::add);
        Query facts = facts(seed);
        if (facts != null) {
            top(searcher, without(facts, notSeed), limit).forEach(ids::add);
        }
        float[] meaning = byMeaning && seedDoc >= 0 ? Meanings.of(searcher, seedDoc) : null;
        float[] mean = meaning == null ? null : meanings.mean(searcher);
        if (meaning != null) {
            Query notSeedFilter = without(new MatchAllDocsQuery(), notSeed);
            top(searcher, new KnnFloatVectorQuery(Fields.MEANING, meaning, limit, notSeedFilter), limit)
                    .forEach(ids::add);
        }
        alsoConsider.stream().filter(id -> !id.equals(seed.id())).forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }

        Query inCandidates =
                new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
        Map<Integer, Double> likeThisScores = new HashMap<>();
        for (ScoreDoc d : searcher.search(
                        new BooleanQuery.Builder()
                                .add(like, Occur.MUST)
                                .add(inCandidates, Occur.FILTER)
                                .build(),
                        ids.size())
                .scoreDocs) {
            likeThisScores.put(d.doc, (double) d.score);
        }
        Map<Integer, Double> textScores = TextLikeness.blend(
                likeThisScores,
                likeness.of(
                        searcher, likeThis.statistics(searcher.getIndexReader()), seedText, inCandidates, ids.size()));
        int[] docs = Arrays.stream(searcher.search(inCandidates, ids.size()).scoreDocs)
                .mapToInt(d -> d.doc)
                .sorted()
                .toArray();
        List<String> docIds = LuceneSearchIndex.ids(searcher, docs);
        Map<Integer, List<String>> shared =
                sharedWords(searcher, inCandidates, docs.length, surfaceForms(text, telling));
        List<RelatedCandidate> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            float[] other = meaning == null ? null : Meanings.of(searcher, docs[i]);
            out.add(new RelatedCandidate(
                    docIds.get(i),
                    textScores.getOrDefault(docs[i], 0.0),
                    shared.getOrDefault(docs[i], List.of()),
                    facts(searcher, docs[i]),
                    other == null ? Double.NaN : Meanings.cosine(meaning, other, mean)));
        }
        return out;
    }

    /** Publications sharing the seed's collection, people, countries or topics; rarer values weigh more. */
    private Query facts(Publication seed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        if (seed.collection() != null) {
            b.add(new BoostQuery(facet(Facet.COLLECTION, seed.collection()), 3), Occur.SHOULD);
            clauses++;
        }
        for (Authorship a : seed.authors()) {
            b.add(new BoostQuery(facet(Facet.AUTHOR, a.person().id()), 2), Occur.SHOULD);
            clauses++;
        }
        for (String place : seed.places()) {
            b.add(new BoostQuery(facet(Facet.COUNTRY, place), 1.5f), Occur.SHOULD);
            b.add(facet(Facet.REGION, place), Occur.SHOULD);
            clauses += 2;
        }
        for (String topic :
                seed.topics().subList(0, Math.min(MAX_TOPICS, seed.topics().size()))) {
            b.add(facet(Facet.TOPIC, topic), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }

    /** How many publications hold each of these values of a facet. */
    Map<String, Long> counts(IndexSearcher searcher, Facet facet, Collection<String> values) throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (String value : new LinkedHashSet<>(values)) {
            out.put(value, (long) searcher.count(facet(facet, value)));
        }
        return out;
    }

    private Query facet(Facet facet, String value) {
        String dim = Fields.dim(facet);
        return new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, value));
    }

    /** The readable word behind each telling stem ("decentraliz" → "decentralization"), in the seed's own text. */
    private Map<String, String> surfaceForms(String text, String[] stems) throws IOException {
        Set<String> wanted =
                new LinkedHashSet<>(Arrays.asList(stems).subList(0, Math.min(TELLING_WORDS, stems.length)));
        Map<String, String> out = new LinkedHashMap<>();
        wanted.forEach(s -> out.put(s, null));
        String scanned = text.length() > SURFACE_SCAN ? text.substring(0, SURFACE_SCAN) : text;
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT_EN, scanned)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String stem = term.toString();
                if (wanted.contains(stem) && out.get(stem) == null) {
                    out.put(stem, scanned.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        }
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    /** For each candidate document, which of the seed's telling words it contains, most telling first. */
    private static Map<Integer, List<String>> sharedWords(
            IndexSearcher searcher, Query candidates, int count, Map<String, String> words) throws IOException {
        Map<Integer, List<String>> out = new HashMap<>();
        for (Map.Entry<String, String> word : words.entrySet()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : LikeThis.TEXT_FIELDS) {
                anyField.add(new TermQuery(new Term(field, word.getKey())), Occur.SHOULD);
            }
            Query containing = new BooleanQuery.Builder()
                    .add(anyField.build(), Occur.MUST)
                    .add(candidates, Occur.FILTER)
                    .build();
            // as many hits as candidates: a larger number makes Lucene fill a queue as long as the index
            for (ScoreDoc d : searcher.search(containing, Math.max(1, count)).scoreDocs) {
                out.computeIfAbsent(d.doc, k -> new ArrayList<>()).add(word.getValue());
            }
        }
        return out;
    }

    private static org.dossier.related.CandidateFacts facts(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.FACTS);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no facts; run dossier reindex");
        }
        return org.dossier.related.CandidateFacts.decode(values.binaryValue().utf8ToString());
    }

    /** The best {@code limit} publications for a query; ties go to the smaller id, as in every adapter. */
    private static List<String> top(IndexSearcher searcher, Query query, int limit) throws IOException {
        return LuceneSearchIndex.ids(
                searcher,
                Arrays.stream(searcher.search(query, limit, BY_SCORE_THEN_ID).scoreDocs)
                        .mapToInt(d -> d.doc)
                        .toArray());
    }

    private static Query without(Query query, Query excluded) {
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(excluded, Occur.MUST_NOT)
                .build();
    }

    private static int docOf(IndexSearcher searcher, String id) throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
        return hits.length == 0 ? -1 : hits[0].doc;
    }
}
