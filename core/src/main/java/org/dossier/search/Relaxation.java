package org.dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search of several words that no publication has all of is asked again for any of them, the publications
 * with more of the words (and rarer ones) first, and the reader is told so: a question typed as a sentence
 * finds its best partial matches rather than nothing. Every adapter does this the same way.
 */
public final class Relaxation {
    public static final String NOTICE =
            "No publication has all of these words: these have some of them, the best matches first.";

    private Relaxation() {}

    /** Whether a search that found nothing may be asked again with any of its words. */
    public static boolean applies(ParsedQuery parsed) {
        return parsed.all().size() >= 2;
    }

    /** The relaxed search's answer, with the notice that says what was relaxed. */
    public static SearchResult say(SearchResult relaxed) {
        List<String> notices = new ArrayList<>(relaxed.notices());
        notices.add(NOTICE);
        return new SearchResult(relaxed.total(), relaxed.hits(), relaxed.facets(), relaxed.nextCursor(), notices);
    }
}
