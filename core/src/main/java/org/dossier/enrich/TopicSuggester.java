package org.dossier.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topics suggested from the publications most like one, in whatever vocabulary the archive uses. The nearest
 * tagged publications vote for their topics, the nearer the more (the n-th nearest weighs 1/n); a topic's share of
 * the votes becomes a confidence through a calibration learned on the archive's own tagged publications, each
 * judged from its neighbours as if it were untagged: per topic where that topic was judged often enough, else
 * over all topics together.
 */
public final class TopicSuggester {
    /** How many tagged neighbours vote. */
    public static final int NEIGHBOURS = 20;

    /** Suggestions made at most, best first. */
    public static final int MOST = 5;

    /** A topic's own calibration needs this many judgements and this many right ones. */
    private static final int OWN_JUDGEMENTS = 40;

    private static final int OWN_RIGHT = 5;

    private final Map<String, Isotonic> byTopic;
    private final Isotonic pooled;
    private final int neighbours;

    private TopicSuggester(Map<String, Isotonic> byTopic, Isotonic pooled, int neighbours) {
        this.byTopic = byTopic;
        this.pooled = pooled;
        this.neighbours = neighbours;
    }

    /** A tagged publication's topics and the topics of its tagged neighbours, nearest first. */
    public record Example(Set<String> topics, List<List<String>> neighbours) {}

    /**
     * A topic suggested, with its calibrated confidence (0–1), its share of the neighbours' votes, and how many of how
     * many neighbours carry it.
     */
    public record TopicSuggestion(String topic, double confidence, double share, int carriedBy, int of) {
        public String evidenceText() {
            return String.format(
                    Locale.ROOT,
                    "%d of the %d most alike publications · %d %% sure",
                    carriedBy,
                    of,
                    Math.round(confidence * 100));
        }
    }

    public static TopicSuggester learn(Collection<Example> examples) {
        return learn(examples, NEIGHBOURS);
    }

    public static TopicSuggester learn(Collection<Example> examples, int neighbours) {
        Map<String, List<Isotonic.Observation>> byTopic = new HashMap<>();
        List<Isotonic.Observation> all = new ArrayList<>();
        for (Example e : examples) {
            votes(e.neighbours(), neighbours).forEach((topic, share) -> {
                Isotonic.Observation o =
                        new Isotonic.Observation(share, e.topics().contains(topic));
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(o);
                all.add(o);
            });
        }
        Map<String, Isotonic> own = new HashMap<>();
        byTopic.forEach((topic, observations) -> {
            long right =
                    observations.stream().filter(Isotonic.Observation::right).count();
            if (observations.size() >= OWN_JUDGEMENTS && right >= OWN_RIGHT) {
                own.put(topic, Isotonic.fit(observations));
            }
        });
        return new TopicSuggester(own, Isotonic.fit(all), neighbours);
    }

    /**
     * The topics to suggest from these neighbours' topics (nearest first; untagged ones already left out), those
     * with a confidence of at least {@code threshold}, by their share of the votes (which chose the first right more
     * often than the confidence on the tuning halves of bench/topic-suggestions.sh), never one in {@code has}.
     */
    public List<TopicSuggestion> suggest(List<List<String>> nearest, Set<String> has, double threshold) {
        List<List<String>> voters = nearest.subList(0, Math.min(neighbours, nearest.size()));
        List<TopicSuggestion> out = new ArrayList<>();
        votes(voters, neighbours).forEach((topic, share) -> {
            double confidence = confidence(topic, share);
            if (!has.contains(topic) && confidence >= threshold && confidence > 0) {
                int carriedBy =
                        (int) voters.stream().filter(v -> v.contains(topic)).count();
                out.add(new TopicSuggestion(topic, confidence, share, carriedBy, voters.size()));
            }
        });
        out.sort(Comparator.comparingDouble(TopicSuggestion::share)
                .thenComparingDouble(TopicSuggestion::confidence)
                .reversed()
                .thenComparing(TopicSuggestion::topic));
        return out.size() > MOST ? out.subList(0, MOST) : out;
    }

    double confidence(String topic, double share) {
        return byTopic.getOrDefault(topic, pooled).probability(share);
    }

    /**
     * Each topic's share of the votes of the first {@code neighbours} neighbours, the n-th weighing 1/n; fewer
     * tagged neighbours than that make smaller shares, as the missing ones voted for nothing.
     */
    static Map<String, Double> votes(List<List<String>> nearest, int neighbours) {
        Map<String, Double> votes = new LinkedHashMap<>();
        double total = 0;
        for (int i = 0; i < neighbours; i++) {
            total += 1.0 / (i + 1);
        }
        for (int i = 0; i < Math.min(neighbours, nearest.size()); i++) {
            double weight = 1.0 / (i + 1);
            for (String topic : nearest.get(i)) {
                votes.merge(topic, weight, Double::sum);
            }
        }
        double sum = total;
        votes.replaceAll((topic, v) -> v / sum);
        return votes;
    }
}
