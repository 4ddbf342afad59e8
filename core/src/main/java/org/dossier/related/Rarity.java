package org.dossier.related;

import java.util.Map;

/**
 * How many publications of the archive hold each collection and topic. A value that most of the archive
 * holds says little about two publications: a collection weighs {@code 1 - 2 × share} and a topic
 * {@code ln(1 / (2 × share))}, both nothing from half the archive up. With nothing known, every value weighs 1.
 */
public record Rarity(long publications, Map<String, Long> collections, Map<String, Long> topics) {

    /** Nothing known: every value weighs as a rare one. */
    public static final Rarity UNKNOWN = new Rarity(0, Map.of(), Map.of());

    public Rarity {
        collections = Map.copyOf(collections);
        topics = Map.copyOf(topics);
    }

    /** Between 1 (a collection of a few) and 0 (one that holds half the archive or more). */
    double ofCollection(String collection) {
        Double share = share(collections.get(collection));
        return share == null ? 1 : Math.max(0, 1 - 2 * share);
    }

    /** An inverse document frequency that is 0 for a topic half the archive holds; 1 when unknown. */
    double ofTopic(String topic) {
        Double share = share(topics.get(topic));
        return share == null ? 1 : Math.max(0, Math.log(1 / (2 * share)));
    }

    /** The share of the archive holding a value (at least one publication: the seed may not be indexed yet). */
    private Double share(Long holders) {
        if (publications <= 0) {
            return null;
        }
        return Math.min(1.0, Math.max(1, holders == null ? 0 : holders) / (double) publications);
    }
}
