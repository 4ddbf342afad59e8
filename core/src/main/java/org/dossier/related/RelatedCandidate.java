package org.dossier.related;

import java.util.List;

/**
 * A publication the search index proposes as related to a seed: how alike their words are (0 when the
 * index found it by its facts alone), which telling words of the seed it shares, and its facts.
 */
public record RelatedCandidate(String id, double textScore, List<String> sharedWords, CandidateFacts facts) {

    public RelatedCandidate {
        sharedWords = List.copyOf(sharedWords);
    }
}
