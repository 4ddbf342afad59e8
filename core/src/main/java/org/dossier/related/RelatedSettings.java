package org.dossier.related;

/**
 * How the related engine weighs its signals. Weights apply to signals between 0 and 1; the sum is then
 * softened by distance in time (half of it fades over {@code yearsToHalf} years, the other half stays),
 * diversified, and cut at {@code floor}: below it, fewer cards are shown rather than weak ones.
 * {@code collection} is the "same peace process" signal for PA-X, where collections are processes.
 */
public record RelatedSettings(
        double text,
        double topics,
        double places,
        double people,
        double collection,
        double references,
        double yearsToHalf,
        double floor,
        int sameCollectionFree,
        int sameAuthorFree,
        int sameTypeFree,
        double diversityPenalty) {

    public static final RelatedSettings DEFAULT =
            new RelatedSettings(0.3, 0.15, 0.35, 0.2, 0.35, 0.3, 5, 0.12, 7, 3, 7, 0.6);

    /** One signal switched off, to measure what it brings: text, topics, places, people, recency or diversity. */
    public RelatedSettings without(String signal) {
        return switch (signal) {
            case "text" ->
                new RelatedSettings(
                        0,
                        topics,
                        places,
                        people,
                        collection,
                        references,
                        yearsToHalf,
                        floor,
                        sameCollectionFree,
                        sameAuthorFree,
                        sameTypeFree,
                        diversityPenalty);
            case "topics" ->
                new RelatedSettings(
                        text,
                        0,
                        places,
                        people,
                        collection,
                        references,
                        yearsToHalf,
                        floor,
                        sameCollectionFree,
                        sameAuthorFree,
                        sameTypeFree,
                        diversityPenalty);
            case "places" ->
                new RelatedSettings(
                        text,
                        topics,
                        0,
                        people,
                        collection,
                        references,
                        yearsToHalf,
                        floor,
                        sameCollectionFree,
                        sameAuthorFree,
                        sameTypeFree,
                        diversityPenalty);
            case "recency" ->
                new RelatedSettings(
                        text,
                        topics,
                        places,
                        people,
                        collection,
                        references,
                        Double.POSITIVE_INFINITY,
                        floor,
                        sameCollectionFree,
                        sameAuthorFree,
                        sameTypeFree,
                        diversityPenalty);
            case "diversity" ->
                new RelatedSettings(
                        text,
                        topics,
                        places,
                        people,
                        collection,
                        references,
                        yearsToHalf,
                        floor,
                        sameCollectionFree,
                        sameAuthorFree,
                        sameTypeFree,
                        1.0);
            default -> throw new IllegalArgumentException("no signal " + signal);
        };
    }

    /** The same weights without the collection (peace process) signal: text and taxonomy alone. */
    public RelatedSettings withoutCollection() {
        return new RelatedSettings(
                text,
                topics,
                places,
                people,
                0,
                references,
                yearsToHalf,
                floor,
                sameCollectionFree,
                sameAuthorFree,
                sameTypeFree,
                diversityPenalty);
    }
}
