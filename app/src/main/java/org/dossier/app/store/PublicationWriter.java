package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Merge;
import org.dossier.catalog.WriteResult.Change;
import org.dossier.catalog.WriteResult.Outcome;
import org.dossier.publication.Authorship;
import org.dossier.publication.ContentHash;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.publication.Slugs;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes one incoming publication, inside the caller's transaction: matches it to a stored one, merges,
 * and when anything changed rewrites its rows ({@link PublicationRows}) and records an outbox entry.
 */
@Component
class PublicationWriter {
    private final DSLContext db;
    private final Taxonomy taxonomy;
    private final People people;
    private final PublicationReader reader;
    private final PublicationRows rows;
    private final RelationCycles cycles;
    private final SeriesNumbers seriesNumbers;
    private final Clock clock;

    PublicationWriter(
            DSLContext db,
            Taxonomy taxonomy,
            People people,
            PublicationReader reader,
            PublicationRows rows,
            RelationCycles cycles,
            SeriesNumbers seriesNumbers,
            Clock clock) {
        this.db = db;
        this.rows = rows;
        this.cycles = cycles;
        this.seriesNumbers = seriesNumbers;
        this.taxonomy = taxonomy;
        this.people = people;
        this.reader = reader;
        this.clock = clock;
    }

    Change write(Incoming incoming) {
        Publication in = resolve(incoming);
        Optional<Match> match = match(in, incoming);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (match.isEmpty()) {
            Publication p = withUniquePath(Preparation.asNew(in, now));
            cycles.check(p.id(), p.relations());
            seriesNumbers.check(p);
            rows.insert(p, now);
            touchOthers(List.of(), p.relations(), now);
            return new Change(p.id(), Outcome.CREATED);
        }
        Match m = match.get();
        if (!incoming.partial()
                && m.knowsAllSourcesOf(in, incoming)
                && ContentHash.of(in.toBuilder()
                                .slug(in.slug() != null ? in.slug() : m.slug())
                                .build())
                        .equals(m.hash())) {
            return new Change(m.id(), Outcome.UNCHANGED);
        }
        Publication stored = reader.load(List.of(m.id())).get(m.id());
        Publication merged = Merge.apply(
                stored, new Incoming(in, incoming.partial(), incoming.fallbackSourceIds(), List.of(), null));
        merged = withUniquePath(
                merged.slug() != null
                        ? merged
                        : merged.toBuilder().slug(Slugs.of(merged.title())).build());
        if (!merged.sourceIds().equals(stored.sourceIds())) {
            rows.replaceSources(merged);
        }
        if (merged.sameContentAs(stored)) {
            return new Change(stored.id(), Outcome.UNCHANGED);
        }
        Publication updated = merged.toBuilder()
                .updated(in.updated() != null ? in.updated() : now)
                .build();
        seriesNumbers.check(updated);
        if (!updated.relations().equals(stored.relations())) {
            cycles.check(updated.id(), updated.relations());
            touchOthers(stored.relations(), updated.relations(), now);
        }
        rows.update(updated, now);
        rows.replaceChildren(updated);
        rows.outbox(updated, now);
        return new Change(updated.id(), Outcome.UPDATED);
    }

    /**
     * Removes a publication with everything that belongs to it, leaving a tombstone for harvesters, and
     * records the deletion in the outbox.
     */
    boolean delete(String id) {
        Publication p = reader.load(List.of(id)).get(id);
        if (p == null) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        rows.tombstone(p, now);
        rows.delete(id);
        rows.outbox(id, OutboxChange.DELETE, now);
        touchOthers(p.relations(), List.of(), now);
        return true;
    }

    /**
     * Marks as changed the stored publications a change of relations adds or removes, since their pages and
     * records say the inverse ("Superseded by …").
     */
    private void touchOthers(List<Relation> before, List<Relation> after, Instant now) {
        Set<String> others = new HashSet<>();
        before.stream().filter(r -> !after.contains(r)).forEach(r -> others.add(r.target()));
        after.stream().filter(r -> !before.contains(r)).forEach(r -> others.add(r.target()));
        if (!others.isEmpty()) {
            rows.touch(
                    db.select(PUBLICATION.ID)
                            .from(PUBLICATION)
                            .where(PUBLICATION.ID.in(others))
                            .fetch(PUBLICATION.ID),
                    now);
        }
    }

    /** A stored publication an incoming one matched, with the source ids it was found by. */
    private record Match(String id, String slug, String hash, Set<String> matchedSources) {
        boolean knowsAllSourcesOf(Publication in, Incoming incoming) {
            return matchedSources.containsAll(in.sourceIds())
                    && incoming.fallbackSourceIds().stream().noneMatch(matchedSources::contains);
        }
    }

    /** The incoming publication with its people stored, its places checked and its related ids resolved. */
    private Publication resolve(Incoming incoming) {
        Publication in = incoming.publication();
        Preparation.check(incoming, taxonomy);
        List<Authorship> authors = new ArrayList<>();
        for (Authorship a : in.authors()) {
            authors.add(new Authorship(people.resolve(a.person()), a.role()));
        }
        List<String> related = new ArrayList<>(in.related());
        for (String sourceId : incoming.relatedSourceIds()) {
            idBySource(sourceId).ifPresent(related::add);
        }
        return in.toBuilder().authors(authors).related(related).build();
    }

    /** The stored publication this one is: by id, else by its source ids in order, else by a fallback id. */
    private Optional<Match> match(Publication in, Incoming incoming) {
        List<String> candidates = new ArrayList<>(in.sourceIds());
        candidates.addAll(incoming.fallbackSourceIds());
        Map<String, String> bySource = candidates.isEmpty()
                ? Map.of()
                : db.select(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID)
                        .from(PUBLICATION_SOURCE)
                        .where(PUBLICATION_SOURCE.SOURCE_ID.in(candidates))
                        .fetchMap(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID);
        String id = in.id() != null && db.fetchExists(PUBLICATION, PUBLICATION.ID.eq(in.id()))
                ? in.id()
                : candidates.stream()
                        .map(bySource::get)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        Set<String> matched = new HashSet<>();
        bySource.forEach((source, publication) -> {
            if (publication.equals(id)) {
                matched.add(source);
            }
        });
        var row = db.select(PUBLICATION.SLUG, PUBLICATION.CONTENT_HASH)
                .from(PUBLICATION)
                .where(PUBLICATION.ID.eq(id))
                .fetchOne();
        return Optional.of(new Match(id, row.value1(), row.value2(), matched));
    }

    private Optional<String> idBySource(String sourceId) {
        return db.select(PUBLICATION_SOURCE.PUBLICATION_ID)
                .from(PUBLICATION_SOURCE)
                .where(PUBLICATION_SOURCE.SOURCE_ID.eq(sourceId))
                .fetchOptional(PUBLICATION_SOURCE.PUBLICATION_ID);
    }

    /** The publication with a slug whose path no other publication has (a "-2", "-3" … suffix if needed). */
    private Publication withUniquePath(Publication p) {
        String base = p.slug();
        String slug = base;
        for (int n = 2; pathTaken(Slugs.path(p.date(), slug), p.id()); n++) {
            slug = base + "-" + n;
        }
        return slug.equals(base) ? p : p.toBuilder().slug(slug).build();
    }

    private boolean pathTaken(String path, String ownId) {
        return db.fetchExists(PUBLICATION, PUBLICATION.PATH.eq(path).and(PUBLICATION.ID.ne(ownId)));
    }
}
