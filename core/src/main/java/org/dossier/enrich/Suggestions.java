package org.dossier.enrich;

import java.util.List;

/** Suggestions as the store keeps them, until editors accept or reject them; rejected ones are remembered. */
public interface Suggestions {

    /** Adds these open suggestions, leaving alone any already made for the same value (open, accepted or rejected). */
    int offer(List<Suggestion> suggestions);

    /** A publication's suggestions in that state: places, topics, then summary points, each by rank. */
    List<Suggestion> of(String publicationId, Suggestion.State state);

    void decide(String publicationId, Suggestion.Kind kind, String value, Suggestion.State state);

    /** Publications with open suggestions, the most recently suggested first, from {@code offset}. */
    List<String> queue(int offset, int limit);

    /** How many publications have open suggestions. */
    int queued();
}
