package org.dossier.related;

/**
 * How the related engine weighs its signals. Weights apply to signals between 0 and 1; the sum is then
 * softened by distance in time (half of it fades over {@code yearsToHalf} years, the other half stays)
 * and diversified: past the free allowance of one collection, author or type, each further one counts
 * {@code diversityPenalty} of its score.
 * {@code collection} is the "same collection" signal (for PA-X, the same peace process).
 */
public record RelatedSettings(
        double text,
        double topics,
        double places,
        double people,
        double collection,
        double references,
        double meaning,
        double yearsToHalf,
        int sameCollectionFree,
        int sameAuthorFree,
        int sameTypeFree,
        double diversityPenalty) {

    public static final RelatedSettings DEFAULT =
            new RelatedSettings(0.3, 0.15, 0.35, 0.2, 0.35, 0.3, 0.05, 5, 7, 3, 7, 0.6);

    /** The same settings with another weight for similar meaning. */
    public RelatedSettings withMeaning(double weight) {
        return with(text, topics, places, people, collection, weight, yearsToHalf, diversityPenalty);
    }

    /**
     * One signal switched off, to measure what it brings: text, topics, places, people, collection, meaning,
     * recency or diversity.
     */
    public RelatedSettings without(String signal) {
        return switch (signal) {
            case "text" -> with(0, topics, places, people, collection, meaning, yearsToHalf, diversityPenalty);
            case "topics" -> with(text, 0, places, people, collection, meaning, yearsToHalf, diversityPenalty);
            case "places" -> with(text, topics, 0, people, collection, meaning, yearsToHalf, diversityPenalty);
            case "people" -> with(text, topics, places, 0, collection, meaning, yearsToHalf, diversityPenalty);
            case "collection" -> with(text, topics, places, people, 0, meaning, yearsToHalf, diversityPenalty);
            case "meaning" -> withMeaning(0);
            case "recency" ->
                with(text, topics, places, people, collection, meaning, Double.POSITIVE_INFINITY, diversityPenalty);
            case "diversity" -> with(text, topics, places, people, collection, meaning, yearsToHalf, 1.0);
            default -> throw new IllegalArgumentException("no signal " + signal);
        };
    }

    /** The same weights without the collection (peace process) signal: text and taxonomy alone. */
    public RelatedSettings withoutCollection() {
        return without("collection");
    }

    private RelatedSettings with(
            double text,
            double topics,
            double places,
            double people,
            double collection,
            double meaning,
            double yearsToHalf,
            double diversityPenalty) {
        return new RelatedSettings(
                text,
                topics,
                places,
                people,
                collection,
                references,
                meaning,
                yearsToHalf,
                sameCollectionFree,
                sameAuthorFree,
                sameTypeFree,
                diversityPenalty);
    }
}
