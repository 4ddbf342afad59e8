package org.dossier.enrich;

/**
 * Something enrichment suggests for a publication: a place (its code), a topic (its name) or a summary point (the
 * sentence), with its score, its evidence ("Bamako ×3, Mali ×7"), its rank among its kind, and where it stands.
 */
public record Suggestion(
        String publicationId, Kind kind, String value, double score, String evidence, int position, State state) {

    public enum Kind {
        PLACE,
        TOPIC,
        SUMMARY
    }

    public enum State {
        OPEN,
        ACCEPTED,
        REJECTED,
        /** Applied without an editor, being confident enough, where the admin allows it; an editor may still undo it. */
        APPLIED
    }
}
