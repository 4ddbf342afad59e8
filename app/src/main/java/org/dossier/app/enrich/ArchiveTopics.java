package org.dossier.app.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.enrich.TopicSuggester;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;

/**
 * What the archive's tagged publications teach about topics, as the store and the index hold them now: each
 * publication's nearest tagged neighbours by the index's likeness, and a {@link TopicSuggester} calibrated on up to
 * {@link #EXAMPLES} tagged publications judged from their neighbours as if untagged. Learned anew for every
 * enrichment run, so it follows the tags as editors change them.
 */
final class ArchiveTopics {
    /** Tagged publications judged to calibrate; a fixed sample of them, by a hash of their ids. */
    static final int EXAMPLES = 2_000;

    /**
     * Neighbours asked of the index among publications with topics, with room for some whose topics the store no
     * longer has (an edit the index has not caught up with yet).
     */
    private static final int ASKED = 2 * TopicSuggester.NEIGHBOURS;

    private final SearchIndex index;
    private final Map<String, List<String>> tagged;
    private final TopicSuggester suggester;

    ArchiveTopics(SearchIndex index, Map<String, List<String>> tagged) {
        this.index = index;
        this.tagged = tagged;
        List<String> sample = new ArrayList<>(tagged.keySet());
        sample.sort(Comparator.comparingInt((String id) -> Integer.reverse(id.hashCode() * 0x9E3779B9))
                .thenComparing(id -> id));
        List<TopicSuggester.Example> examples = new ArrayList<>();
        for (String id : sample.subList(0, Math.min(EXAMPLES, sample.size()))) {
            examples.add(new TopicSuggester.Example(Set.copyOf(tagged.get(id)), neighbours(id)));
        }
        this.suggester = TopicSuggester.learn(examples);
    }

    boolean learned() {
        return !tagged.isEmpty();
    }

    List<TopicSuggester.TopicSuggestion> suggest(String id, Set<String> has, double threshold) {
        return learned() ? suggester.suggest(neighbours(id), has, threshold) : List.of();
    }

    /** The topics of the publication's nearest tagged neighbours, nearest first (never itself). */
    private List<List<String>> neighbours(String id) {
        List<List<String>> out = new ArrayList<>();
        for (String near : index.similar(id, ASKED, Facet.TOPIC)) {
            List<String> topics = tagged.get(near);
            if (topics != null && out.size() < TopicSuggester.NEIGHBOURS) {
                out.add(topics);
            }
        }
        return out;
    }
}
