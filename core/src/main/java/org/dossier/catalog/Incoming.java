package org.dossier.catalog;

import java.util.List;
import org.dossier.publication.Publication;

/**
 * A publication as a source describes it. It is matched to a stored one by its id or by any of its
 * source ids (then, failing that, by a fallback id, which is dropped once matched: a page imported
 * before its URL was known is adopted when the URL arrives). A partial record (a card seen on another
 * page) only fills fields the stored publication lacks. Related publications may be named by source id
 * when the source does not know their ids. A source may say what the publication's collection is (a PA-X
 * agreement's is a "peace process"); the store keeps that unless it already knows.
 */
public record Incoming(
        Publication publication,
        boolean partial,
        List<String> fallbackSourceIds,
        List<String> relatedSourceIds,
        String collectionKind) {

    public Incoming {
        fallbackSourceIds = List.copyOf(fallbackSourceIds);
        relatedSourceIds = List.copyOf(relatedSourceIds);
    }

    public static Incoming whole(Publication publication) {
        return new Incoming(publication, false, List.of(), List.of(), null);
    }

    public static Incoming partial(Publication publication) {
        return new Incoming(publication, true, List.of(), List.of(), null);
    }

    /** The same, in a collection the source says is a {@code kind} (a noun: "peace process", "series"). */
    public Incoming inCollectionOfKind(String kind) {
        return new Incoming(publication, partial, fallbackSourceIds, relatedSourceIds, kind);
    }
}
