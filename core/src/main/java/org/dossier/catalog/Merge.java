package org.dossier.catalog;

import java.util.ArrayList;
import java.util.List;
import org.dossier.publication.Publication;

/** How an incoming record changes a stored publication. */
public final class Merge {
    private Merge() {}

    /**
     * A whole record replaces the content; a partial one (a card seen on another page) only fills what
     * is missing. Either way the stored id, slug, creation time and source ids are kept.
     */
    public static Publication apply(Publication stored, Incoming incoming) {
        Publication in = incoming.publication();
        Publication merged = incoming.partial() ? fillGaps(stored, in) : in;
        List<String> sourceIds = new ArrayList<>(stored.sourceIds());
        in.sourceIds().stream().filter(s -> !sourceIds.contains(s)).forEach(sourceIds::add);
        sourceIds.removeAll(incoming.fallbackSourceIds());
        return merged.toBuilder()
                .id(stored.id())
                .slug(in.slug() != null && !incoming.partial() ? in.slug() : stored.slug())
                .sourceIds(sourceIds)
                .created(stored.created())
                .updated(in.updated() != null ? in.updated() : stored.updated())
                .build();
    }

    private static Publication fillGaps(Publication s, Publication in) {
        return s.toBuilder()
                .title(or(s.title(), in.title()))
                .type(or(s.type(), in.type()))
                .date(s.date() != null ? s.date() : in.date())
                .language(or(s.language(), in.language()))
                .lede(or(s.lede(), in.lede()))
                .summary(s.summary().isEmpty() ? in.summary() : s.summary())
                .body(or(s.body(), in.body()))
                .about(or(s.about(), in.about()))
                .disclaimer(or(s.disclaimer(), in.disclaimer()))
                .authors(s.authors().isEmpty() ? in.authors() : s.authors())
                .topics(s.topics().isEmpty() ? in.topics() : s.topics())
                .places(s.places().isEmpty() ? in.places() : s.places())
                .collection(or(s.collection(), in.collection()))
                .series(s.series() != null ? s.series() : in.series())
                .seriesNumber(s.series() != null ? s.seriesNumber() : in.seriesNumber())
                .attributes(s.attributes().isEmpty() ? in.attributes() : s.attributes())
                .sourceUrl(or(s.sourceUrl(), in.sourceUrl()))
                .related(s.related().isEmpty() ? in.related() : s.related())
                .bannedRelated(s.bannedRelated().isEmpty() ? in.bannedRelated() : s.bannedRelated())
                .relations(s.relations().isEmpty() ? in.relations() : s.relations())
                .build();
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
