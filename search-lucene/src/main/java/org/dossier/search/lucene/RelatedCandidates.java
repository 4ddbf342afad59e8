package org.dossier.search.lucene;

import java.io.IOException;
import java.io.StringReader;
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
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Facet;

/**
 * Finds related candidates in two ways — by words (MoreLikeThis over title and text, the text capped) and
 * by facts (the same collection, people, countries, topics; rare values weigh more) — then gives every
 * candidate its word similarity, the seed's telling words it contains, and its facts.
 */
final class RelatedCandidates {
    private static final String[] TEXT_FIELDS = {Fields.TITLE_EN, Fields.TEXT_EN, Fields.TITLE_FR, Fields.TEXT_FR};
    private static final int MAX_TOPICS = 15;
    private static final int TELLING_WORDS = 12;
    /** The readable form of a telling word is looked for in this much of the seed's text (statements run to 127 kB). */
    private static final int SURFACE_SCAN = 20_000;

    private final Analyzer analyzer;
    private final FacetsConfig config;
    private final Set<String> commonStems;

    RelatedCandidates(Analyzer analyzer, FacetsConfig config) throws IOException {
        this.analyzer = analyzer;
        this.config = config;
        this.commonStems = commonStems(analyzer);
    }

    /**
     * Snowball's longer English and French stop lists, as stems, so that MoreLikeThis does not pick "from"
     * or "because" as telling words (the search analysers keep Lucene's short lists, for phrases).
     */
    private static Set<String> commonStems(Analyzer analyzer) throws IOException {
        Set<String> stems = new java.util.HashSet<>();
        for (String[] list :
                new String[][] {{"english_stop.txt", Fields.TEXT_EN}, {"french_stop.txt", Fields.TEXT_FR}}) {
            try (var reader = new java.io.InputStreamReader(
                    java.util.Objects.requireNonNull(SnowballFilter.class.getResourceAsStream(list[0]), list[0]),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                for (Object word : WordlistLoader.getSnowballWordSet(reader)) {
                    try (TokenStream ts = analyzer.tokenStream(list[1], new String((char[]) word))) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            stems.add(term.toString());
                        }
                        ts.end();
                    }
                }
            }
        }
        return stems;
    }

    List<RelatedCandidate> find(IndexSearcher searcher, Publication seed, Collection<String> alsoConsider, int limit)
            throws IOException {
        Query notSeed = new TermQuery(new Term(Fields.ID, seed.id()));
        MoreLikeThis mlt = moreLikeThis(searcher);
        int seedDoc = docOf(searcher, seed.id());
        String text = seed.title() + "\n" + DocumentMapper.text(seed);
        Query like = seedDoc >= 0 ? mlt.like(seedDoc) : mlt.like(Fields.TEXT_EN, new StringReader(text));
        String[] telling = seedDoc >= 0
                ? mlt.retrieveInterestingTerms(seedDoc)
                : mlt.retrieveInterestingTerms(new StringReader(text), Fields.TEXT_EN);

        Set<String> ids = new LinkedHashSet<>();
        top(searcher, without(like, notSeed), limit).forEach(ids::add);
        Query facts = facts(seed);
        if (facts != null) {
            top(searcher, without(facts, notSeed), limit).forEach(ids::add);
        }
        alsoConsider.stream().filter(id -> !id.equals(seed.id())).forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }

        Map<String, Double> textScores = new HashMap<>();
        Query inCandidates =
                new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
        for (ScoreDoc d : searcher.search(
                        new BooleanQuery.Builder()
                                .add(like, Occur.MUST)
                                .add(inCandidates, Occur.FILTER)
                                .build(),
                        ids.size())
                .scoreDocs) {
            textScores.put(LuceneSearchIndex.ids(searcher, new int[] {d.doc}).get(0), (double) d.score);
        }
        int[] docs = Arrays.stream(searcher.search(inCandidates, ids.size()).scoreDocs)
                .mapToInt(d -> d.doc)
                .sorted()
                .toArray();
        List<String> docIds = LuceneSearchIndex.ids(searcher, docs);
        Map<Integer, List<String>> shared = sharedWords(searcher, docs, surfaceForms(text, telling));
        List<RelatedCandidate> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            out.add(new RelatedCandidate(
                    docIds.get(i),
                    textScores.getOrDefault(docIds.get(i), 0.0),
                    shared.getOrDefault(docs[i], List.of()),
                    facts(searcher, docs[i])));
        }
        return out;
    }

    private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(TEXT_FIELDS);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq(Math.max(10, searcher.getIndexReader().numDocs() / 5));
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        mlt.setMaxNumTokensParsed(2000);
        mlt.setBoost(true);
        mlt.setStopWords(commonStems);
        return mlt;
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
    private Map<Integer, List<String>> sharedWords(IndexSearcher searcher, int[] sortedDocs, Map<String, String> words)
            throws IOException {
        Map<Integer, List<String>> out = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Map.Entry<String, String> word : words.entrySet()) {
            Set<Integer> found = new java.util.HashSet<>();
            for (String field : TEXT_FIELDS) {
                for (LeafReaderContext leaf : leaves) {
                    Terms terms = leaf.reader().terms(field);
                    TermsEnum te = terms == null ? null : terms.iterator();
                    if (te == null || !te.seekExact(new BytesRef(word.getKey()))) {
                        continue;
                    }
                    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
                    for (int doc : sortedDocs) {
                        int local = doc - leaf.docBase;
                        if (local < 0 || local >= leaf.reader().maxDoc() || local < postings.docID()) {
                            continue;
                        }
                        if (postings.advance(local) == local) {
                            found.add(doc);
                        }
                    }
                }
            }
            found.forEach(
                    doc -> out.computeIfAbsent(doc, d -> new ArrayList<>()).add(word.getValue()));
        }
        return out;
    }

    private static org.dossier.related.CandidateFacts facts(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), FactsCodec.FIELD);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no facts; run dossier reindex");
        }
        return FactsCodec.decode(values.binaryValue());
    }

    private static List<String> top(IndexSearcher searcher, Query query, int limit) throws IOException {
        return LuceneSearchIndex.ids(
                searcher,
                Arrays.stream(searcher.search(query, limit).scoreDocs)
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
