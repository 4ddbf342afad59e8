package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;

/**
 * A collection on which related publications are judged: the publications, each one's label (never shown
 * to the engine), which others are relevant to a seed, and the seed as the engine sees it.
 */
record RelatedTask(
        String name,
        String title,
        String relevance,
        List<Publication> corpus,
        Map<String, String> labels,
        BiPredicate<Publication, Publication> alsoRelevant,
        Function<Publication, Publication> blind,
        boolean labelIsCollection,
        int seedEvery) {

    /** The publications whose related lists are judged: every one, or every n-th of a large collection. */
    List<Publication> seeds() {
        return java.util.stream.IntStream.range(0, corpus.size())
                .filter(i -> i % seedEvery == 0)
                .mapToObj(corpus::get)
                .toList();
    }

    /** PA-X: agreements of the same peace process, the process left out of the seed. */
    static RelatedTask pax(Path data, Gazetteer gazetteer) throws IOException {
        List<Publication> corpus = BenchCorpus.pax(data, gazetteer);
        Map<String, String> labels =
                corpus.stream().collect(Collectors.toMap(Publication::id, Publication::collection));
        return new RelatedTask(
                "pax",
                "Related publications on PA-X",
                "same peace process, which the engine is not told",
                corpus,
                labels,
                (seed, other) -> true,
                seed -> seed.toBuilder().collection(null).build(),
                true,
                1);
    }

    /**
     * UN General Debate statements from 1995: those of the same country within three years. Countries,
     * speakers and the titles that name them are left out of the index: only the text and the year remain.
     */
    static RelatedTask ungdc(Path data, Gazetteer gazetteer) throws IOException {
        Map<String, String> labels = new HashMap<>();
        List<Publication> corpus = BenchCorpus.ungdc(data, gazetteer).stream()
                .filter(p -> p.date().year() >= 1995)
                .map(p -> {
                    labels.put(p.id(), p.places().get(0));
                    return p.toBuilder()
                            .title("Statement at the UN General Debate "
                                    + p.date().year())
                            .places(List.of())
                            .authors(List.of())
                            .build();
                })
                .toList();
        return new RelatedTask(
                "ungdc",
                "Related publications on UN General Debate statements 1995-2024",
                "same country within three years; countries, speakers and titles not indexed",
                corpus,
                labels,
                (seed, other) -> Math.abs(seed.date().year() - other.date().year()) <= 3,
                Function.identity(),
                false,
                4);
    }

    /** Which publications are relevant to this seed. */
    Set<String> relevantTo(Publication seed) {
        String label = labels.get(seed.id());
        return corpus.stream()
                .filter(p -> label != null && label.equals(labels.get(p.id())))
                .filter(p -> !p.id().equals(seed.id()))
                .filter(p -> alsoRelevant.test(seed, p))
                .map(Publication::id)
                .collect(Collectors.toSet());
    }

    /** Seeds are split in two halves by a hash of their label. */
    boolean heldOut(Publication seed) {
        String label = labels.get(seed.id());
        return label != null && (label.hashCode() & 1) == 1;
    }
}
