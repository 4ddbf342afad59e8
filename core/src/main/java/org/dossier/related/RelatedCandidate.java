package org.dossier.related;

import java.util.List;

/**
 * A publication the search index proposes as related to a seed: how alike their words are (0 when the
 * index found it by its facts alone), which telling words of the seed it shares, its facts, and how alike
 * their meaning is (the cosine of their meaning vectors relative to the archive's mean; NaN when the index
 * has none).
 */
public record RelatedCandidate(
        String id, double textScore, List<String> sharedWords, CandidateFacts facts, double meaning) {

    public RelatedCandidate {
        sharedWords = List.copyOf(sharedWords);
    }

    /** A candidate without a meaning vector. */
    public RelatedCandidate(String id, double textScore, List<String> sharedWords, CandidateFacts facts) {
        this(id, textScore, sharedWords, facts, Double.NaN);
    }
}
