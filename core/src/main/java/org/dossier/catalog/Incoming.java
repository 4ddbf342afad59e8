package org.dossier.catalog;

import java.util.List;
import org.dossier.publication.Publication;

/**
 * A publication as a source describes it. It is matched to a stored one by its id or by any of its
 * source ids (then, failing that, by a fallback id, which is dropped once matched: a page imported
 * before its URL was known is adopted when the URL arrives). A partial record (a card seen on another
 * page) only fills fields the stored publication lacks. Related publications may be named by source id
 * when the source does not know their ids.
 */
public record Incoming(Publication publication, boolean partial, List<String> fallbackSourceIds,
                       List<String> relatedSourceIds) {

    public Incoming {
        fallbackSourceIds = List.copyOf(fallbackSourceIds);
        relatedSourceIds = List.copyOf(relatedSourceIds);
    }

    public static Incoming whole(Publication publication) {
        return new Incoming(publication, false, List.of(), List.of());
    }

    public static Incoming partial(Publication publication) {
        return new Incoming(publication, true, List.of(), List.of());
    }
}
