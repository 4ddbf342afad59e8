package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.search.Suggestion;

/**
 * Autocomplete over titles, people, topics, places and collections, matching any word of them by its
 * beginning ("mal" finds "Mali" and "Crisis in Mali …"). Kept in its own small index beside the main one.
 */
final class Suggestions implements AutoCloseable {
    private static final String KIND_END = "\u0001";

    private final AnalyzingInfixSuggester suggester;
    private final Gazetteer gazetteer;
    private volatile boolean changed;

    Suggestions(Path dir, Gazetteer gazetteer) throws IOException {
        this.suggester = new AnalyzingInfixSuggester(
                FSDirectory.open(dir), Analyzers.folded(), Analyzers.folded(), 2, true, true, false);
        this.gazetteer = gazetteer;
    }

    /** Adds what the publications name; a person, topic or place they share is written once per call. */
    void add(Collection<Publication> publications) throws IOException {
        Set<String> written = new HashSet<>();
        for (Publication p : publications) {
            long recency = p.date() == null
                    ? 0
                    : p.date().year() * 400L
                            + (p.date().month() == null ? 0 : p.date().month() * 32L);
            put(Suggestion.Kind.TITLE, p.id(), p.title(), recency, written);
            for (Authorship a : p.authors()) {
                put(Suggestion.Kind.PERSON, a.person().id(), a.person().name(), 0, written);
            }
            for (String topic : p.topics()) {
                put(Suggestion.Kind.TOPIC, topic, topic, 0, written);
            }
            for (String code : p.places()) {
                gazetteer
                        .find(code)
                        .ifPresent(place -> put(Suggestion.Kind.PLACE, place.code(), place.name(), 0, written));
                gazetteer
                        .ancestors(code)
                        .forEach(place -> put(Suggestion.Kind.PLACE, place.code(), place.name(), 0, written));
            }
            if (p.collection() != null) {
                put(Suggestion.Kind.COLLECTION, p.collection(), p.collection(), 0, written);
            }
        }
    }

    /** Up to {@code limit} entries of each kind, titles last. */
    List<Suggestion> lookup(String prefix, int limit) throws IOException {
        List<Suggestion> out = new ArrayList<>();
        if (suggester.getCount() == 0 || prefix.isBlank()) {
            return out;
        }
        for (Suggestion.Kind kind : Suggestion.Kind.values()) {
            if (kind == Suggestion.Kind.TITLE) {
                continue;
            }
            out.addAll(lookup(prefix, kind, limit));
        }
        out.addAll(lookup(prefix, Suggestion.Kind.TITLE, limit));
        return out;
    }

    private List<Suggestion> lookup(String prefix, Suggestion.Kind kind, int limit) throws IOException {
        List<Suggestion> out = new ArrayList<>();
        for (Lookup.LookupResult r : suggester.lookup(prefix, Set.of(new BytesRef(kind.name())), limit, true, false)) {
            String text = r.key.toString();
            out.add(new Suggestion(kind, r.payload.utf8ToString(), text.substring(text.indexOf(KIND_END) + 1)));
        }
        return out;
    }

    void clear() throws IOException {
        suggester.build(org.apache.lucene.search.suggest.InputIterator.EMPTY);
        changed = true;
    }

    /** Commits what was added; nothing to do (and nothing the suggester could commit) when nothing was. */
    void refresh() throws IOException {
        if (changed) {
            suggester.commit();
            suggester.refresh();
            changed = false;
        }
    }

    private void put(Suggestion.Kind kind, String key, String label, long weight, Set<String> written) {
        if (kind != Suggestion.Kind.TITLE && !written.add(kind.ordinal() + KIND_END + key + KIND_END + label)) {
            return;
        }
        try {
            // the kind leads the text, hidden from matching, so that a place and a topic of one name stay apart
            suggester.update(
                    new BytesRef(kind.ordinal() + KIND_END + label),
                    Set.of(new BytesRef(kind.name())),
                    weight,
                    new BytesRef(key.getBytes(StandardCharsets.UTF_8)));
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }
}
