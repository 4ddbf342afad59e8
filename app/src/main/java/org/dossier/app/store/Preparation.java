package org.dossier.app.store;

import java.time.Instant;
import org.dossier.catalog.Incoming;
import org.dossier.field.FieldException;
import org.dossier.publication.Ids;
import org.dossier.publication.Limits;
import org.dossier.publication.Publication;
import org.dossier.publication.Slugs;

/**
 * What every write of a publication checks and fills in, whether its rows go one by one
 * ({@link PublicationWriter}) or in one batch with others ({@link FastCreates}).
 */
final class Preparation {
    private Preparation() {}

    /**
     * Refuses a publication without a title, with a text over its limit, or in a place the store does not know;
     * records what its collection is when the source says so and the store does not know yet.
     */
    static void check(Incoming incoming, Taxonomy taxonomy) {
        Publication in = incoming.publication();
        if (in.title() == null) {
            throw new FieldException("title", "is required");
        }
        Limits.check(in).ifPresent(v -> {
            throw new FieldException(v.field(), v.message());
        });
        in.places().forEach(taxonomy::requirePlace);
        if (in.collection() != null && incoming.collectionKind() != null) {
            taxonomy.classifyCollection(in.collection(), incoming.collectionKind());
        }
    }

    /** A publication about to be created, with what it lacks: an id, a slug made of its title, its times. */
    static Publication asNew(Publication in, Instant now) {
        Instant created = in.created() != null ? in.created() : now;
        return in.toBuilder()
                .id(in.id() != null ? in.id() : Ids.newId())
                .slug(in.slug() != null ? in.slug() : Slugs.of(in.title()))
                .created(created)
                .updated(in.updated() != null ? in.updated() : created)
                .build();
    }
}
