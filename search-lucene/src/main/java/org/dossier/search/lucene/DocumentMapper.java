package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.ContentHash;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.related.CandidateFacts;
import org.dossier.search.Facet;
import org.dossier.search.IndexedPlaces;
import org.dossier.search.IndexedText;
import org.dossier.search.TextLikeness;

/** A publication as a Lucene document: searchable text per language, facets, dates and sort keys. */
final class DocumentMapper {
    static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();
    static final FieldType WORDS_ONLY = wordsOnly();

    private final Gazetteer gazetteer;
    private final FacetsConfig config;

    DocumentMapper(Gazetteer gazetteer, FacetsConfig config) {
        this.gazetteer = gazetteer;
        this.config = config;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : List.of(Facet.TOPIC, Facet.COUNTRY, Facet.REGION, Facet.AUTHOR)) {
            config.setMultiValued(Fields.dim(f), true);
        }
        return config;
    }

    /** The document of a publication, with its meaning vector unless {@code meaning} is null. */
    Document toDocument(Publication p, float[] meaning) {
        boolean french = IndexedText.isFrench(p);
        Document doc = new Document();
        if (meaning != null) {
            doc.add(new KnnFloatVectorField(Fields.MEANING, meaning, VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
        doc.add(new TextField(french ? Fields.TITLE_FR : Fields.TITLE_EN, p.title(), Field.Store.YES));
        String text = IndexedText.of(p);
        if (!text.isEmpty()) {
            doc.add(new Field(french ? Fields.TEXT_FR : Fields.TEXT_EN, text, STORED_TEXT_WITH_OFFSETS));
        }
        doc.add(new Field(Fields.WORDS, p.title() + "\n" + text, WORDS_ONLY));
        for (Authorship a : p.authors()) {
            doc.add(new Field(Fields.WORDS, a.person().name(), WORDS_ONLY));
        }
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(IndexedText.sortKey(p.title()))));
        doc.add(new BinaryDocValuesField(
                Fields.FACTS, new BytesRef(CandidateFacts.of(p).encode())));
        doc.add(new DoubleDocValuesField(
                Fields.TEXT_NORM, TextLikeness.norm(p.title() + "\n" + text, Analyzers::isStopWord)));
        doc.add(new BinaryDocValuesField(Fields.FINGERPRINT, new BytesRef(ContentHash.of(p))));
        for (Authorship a : p.authors()) {
            doc.add(new TextField(Fields.NAMES, a.person().name(), Field.Store.NO));
            facet(doc, Facet.AUTHOR, a.person().id());
        }
        for (String topic : p.topics()) {
            doc.add(new TextField(Fields.TOPICS, topic, Field.Store.NO));
            facet(doc, Facet.TOPIC, topic);
        }
        places(doc, p.places());
        if (p.type() != null) {
            doc.add(new TextField(Fields.TYPE, p.type(), Field.Store.NO));
            facet(doc, Facet.TYPE, p.type());
        }
        if (p.collection() != null) {
            doc.add(new TextField(Fields.COLLECTION, p.collection(), Field.Store.NO));
            facet(doc, Facet.COLLECTION, p.collection());
        }
        if (p.series() != null) {
            facet(doc, Facet.SERIES, p.series());
        }
        if (p.language() != null) {
            facet(doc, Facet.LANGUAGE, p.language());
        }
        dates(doc, p.date());
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places by code, each with the regions it lies in; countries and regions are separate facets. */
    private void places(Document doc, List<String> codes) {
        IndexedPlaces places = IndexedPlaces.of(codes, gazetteer);
        for (String code : places.countries()) {
            facet(doc, Facet.COUNTRY, code);
            String name = gazetteer.find(code).map(Place::name).orElse("");
            doc.add(new TextField(Fields.PLACES, code + " " + name, Field.Store.NO));
            doc.add(new Field(Fields.WORDS, name, WORDS_ONLY));
        }
        for (String code : places.regions()) {
            facet(doc, Facet.REGION, code);
            doc.add(new TextField(
                    Fields.PLACES, gazetteer.find(code).map(Place::name).orElse(code), Field.Store.NO));
        }
    }

    private static void dates(Document doc, PublicationDate date) {
        if (date == null) {
            return;
        }
        LocalDate start = date.start();
        LocalDate end = date.end();
        doc.add(new LongPoint(Fields.DATE_START, start.toEpochDay()));
        doc.add(new LongPoint(Fields.DATE_END, end.toEpochDay()));
        doc.add(new NumericDocValuesField(Fields.DATE_SORT, start.toEpochDay()));
        doc.add(new SortedSetDocValuesFacetField(Fields.dim(Facet.YEAR), String.valueOf(date.year())));
    }

    private static void facet(Document doc, Facet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(Fields.dim(facet), value));
    }

    private static FieldType wordsOnly() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
