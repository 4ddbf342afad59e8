package org.dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search of several words that few publications have all of is asked again for most of them: those with all
 * the words still come first, then those with the most (and rarest) of them, and the reader is told so. A
 * question typed as a sentence thus finds its best partial matches rather than little or nothing. Every adapter
 * does this the same way: the strict search; if it finds fewer than {@link #ENOUGH} (none, for two words), the
 * search for {@link #minimumMatch} of the words; if that finds nothing, any one of them.
 */
public final class Relaxation {
    public static final String NOTICE =
            "No publication has all of these words: these have some of them, the best matches first.";
    /** A strict search that finds this many is not relaxed. */
    public static final int ENOUGH = 10;
    /** How much more a publication with all the words weighs in a relaxed search: enough to come first. */
    public static final float ALL_WORDS_BOOST = 1000f;

    private Relaxation() {}

    /**
     * Whether a strict search of these (searchable) groups that found {@code strictTotal} is asked again; in an
     * order other than relevance, only when it found nothing (the publications with all the words could not
     * come first).
     */
    public static boolean applies(ParsedQuery searchable, long strictTotal, SortOrder order) {
        int groups = searchable.all().size();
        return groups >= 2 && (strictTotal == 0 || order == SortOrder.RELEVANCE && groups >= 3 && strictTotal < ENOUGH);
    }

    /** How many of its groups a publication must have in the relaxed search: half of them, at most four. */
    public static int minimumMatch(ParsedQuery searchable) {
        return Math.max(1, Math.min(4, (searchable.all().size() + 1) / 2));
    }

    /** The relaxed search's answer, with the notice that says what was relaxed. */
    public static SearchResult say(SearchResult relaxed, long strictTotal) {
        List<String> notices = new ArrayList<>(relaxed.notices());
        notices.add(
                strictTotal == 0
                        ? NOTICE
                        : strictTotal == 1
                                ? "Only 1 publication has all of these words; it comes first, then those with most of them."
                                : "Only " + strictTotal
                                        + " publications have all of these words; they come first, then those with most of them.");
        return new SearchResult(relaxed.total(), relaxed.hits(), relaxed.facets(), relaxed.nextCursor(), notices);
    }
}
