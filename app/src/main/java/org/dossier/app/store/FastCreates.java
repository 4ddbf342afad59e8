package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.catalog.WriteResult.Change;
import org.dossier.catalog.WriteResult.Outcome;
import org.dossier.field.FieldException;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.Slugs;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The fast way to write a batch in which every publication is new — a first import. What the careful
 * way asks row by row (is this id, source, person or path known?) is asked once for the batch, and the
 * new rows go in one JDBC batch per table. People are
 * created or given what a mention adds, as the careful way does, and written once at the end. When any
 * publication of the batch is not plainly new (it matches a stored one or an earlier one of the batch, or
 * a person's identity would change, or it has relations or a number in a series, which are checked one by one), nothing
 * is written and the caller takes the careful way. Records that fail their checks fail alone, as on the careful way.
 */
@Component
class FastCreates {
    private final DSLContext db;
    private final Taxonomy taxonomy;
    private final PublicationRows rows;
    private final Clock clock;

    FastCreates(DSLContext db, Taxonomy taxonomy, PublicationRows rows, Clock clock) {
        this.db = db;
        this.taxonomy = taxonomy;
        this.rows = rows;
        this.clock = clock;
    }

    /** The results of writing the batch this way, or empty when it has to be written the careful way. */
    Optional<List<WriteResult>> write(List<List<Incoming>> units) {
        Known known = Known.of(db, units);
        if (known.anyPublicationExists()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RowBatch batch = new RowBatch();
        Batch state = new Batch();
        List<WriteResult> results = new ArrayList<>();
        for (List<Incoming> unit : units) {
            Batch attempt = unit.size() == 1 ? state : state.copy();
            RowBatch unitRows = new RowBatch();
            List<Change> changes = new ArrayList<>();
            try {
                for (Incoming incoming : unit) {
                    Optional<Publication> p = create(incoming, known, attempt, now);
                    if (p.isEmpty()) {
                        return Optional.empty();
                    }
                    rows.stage(p.get(), now, unitRows);
                    changes.add(new Change(p.get().id(), Outcome.CREATED));
                }
            } catch (FieldException e) {
                results.add(new WriteResult.Failed(e.field(), e.getMessage()));
                continue;
            }
            if (attempt != state) {
                state.adopt(attempt);
            }
            batch.addAll(unitRows);
            results.add(new WriteResult.Written(changes));
        }
        state.newPeople().forEach(person -> batch.add(People.row(person)));
        batch.flush(db);
        updatePeople(state.changedPeople());
        rows.forgetDeletions(state.ids);
        return Optional.of(results);
    }

    /** The publication to insert, or empty when it is not plainly new; throws for a record that is wrong. */
    private Optional<Publication> create(Incoming incoming, Known known, Batch batch, Instant now) {
        Publication in = incoming.publication();
        Preparation.check(incoming, taxonomy);
        if (!in.relations().isEmpty()
                || in.seriesNumber() != null
                || (in.id() != null && batch.ids.contains(in.id()))
                || in.sourceIds().stream().anyMatch(batch.sources::containsKey)
                || incoming.fallbackSourceIds().stream()
                        .anyMatch(s -> batch.sources.containsKey(s) || known.sources.containsKey(s))) {
            return Optional.empty();
        }
        List<Authorship> authors = new ArrayList<>();
        for (Authorship a : in.authors()) {
            Optional<Person> person = person(a.person(), known, batch);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            authors.add(new Authorship(person.get(), a.role()));
        }
        List<String> related = new ArrayList<>(in.related());
        for (String sourceId : incoming.relatedSourceIds()) {
            String target = batch.sources.getOrDefault(sourceId, known.sources.get(sourceId));
            if (target != null) {
                related.add(target);
            }
        }
        Publication p = Preparation.asNew(
                in.toBuilder().authors(authors).related(related).build(), now);
        if (known.paths.contains(p.path()) || !batch.paths.add(p.path())) {
            return Optional.empty();
        }
        batch.ids.add(p.id());
        p.sourceIds().forEach(s -> batch.sources.put(s, p.id()));
        return Optional.of(p);
    }

    /**
     * The person a mention names, as the careful way would leave them (new, or stored and given what the
     * mention adds or corrects), or empty when the person's identity would change.
     */
    private static Optional<Person> person(Person mention, Known known, Batch batch) {
        Person found = null;
        if (mention.id() != null) {
            found = batch.peopleById.getOrDefault(mention.id(), known.peopleById.get(mention.id()));
        }
        if (found == null) {
            found = batch.peopleByKey.getOrDefault(mention.identityKey(), known.peopleByKey.get(mention.identityKey()));
        }
        if (found == null) {
            Person created = People.created(mention);
            batch.newIds.add(created.id());
            batch.claim(created);
            return Optional.of(created);
        }
        Person updated = People.updated(found, mention);
        if (!updated.identityKey().equals(found.identityKey())) {
            return Optional.empty();
        }
        if (!Objects.equals(updated, found)) {
            batch.claim(updated);
        }
        return Optional.of(updated);
    }

    private void updatePeople(List<Person> changed) {
        if (!changed.isEmpty()) {
            db.batch(changed.stream()
                            .map(p -> db.update(PERSON)
                                    .set(PERSON.NAME, p.name())
                                    .set(PERSON.CREDENTIALS, p.credentials())
                                    .set(PERSON.BIO, p.bio())
                                    .set(PERSON.AFFILIATION, p.affiliation())
                                    .where(PERSON.ID.eq(p.id())))
                            .toList())
                    .execute();
        }
    }

    /**
     * What this batch has claimed so far: ids, sources, paths, and the people it creates or changes (as
     * they stand after its last mention). A unit of several publications works on a copy, adopted once the
     * whole unit passed its checks; a unit of one (the common case) fails before it claims anything.
     */
    private static final class Batch {
        final Set<String> ids = new HashSet<>();
        final Map<String, String> sources = new HashMap<>();
        final Set<String> paths = new HashSet<>();
        final Map<String, Person> peopleById = new HashMap<>();
        final Map<String, Person> peopleByKey = new HashMap<>();
        final Set<String> newIds = new HashSet<>();

        void claim(Person person) {
            peopleById.put(person.id(), person);
            peopleByKey.put(person.identityKey(), person);
        }

        List<Person> newPeople() {
            return peopleById.values().stream()
                    .filter(p -> newIds.contains(p.id()))
                    .toList();
        }

        List<Person> changedPeople() {
            return peopleById.values().stream()
                    .filter(p -> !newIds.contains(p.id()))
                    .toList();
        }

        Batch copy() {
            Batch b = new Batch();
            b.adopt(this);
            return b;
        }

        void adopt(Batch other) {
            ids.addAll(other.ids);
            sources.putAll(other.sources);
            paths.addAll(other.paths);
            peopleById.putAll(other.peopleById);
            peopleByKey.putAll(other.peopleByKey);
            newIds.addAll(other.newIds);
        }
    }

    /** What the store already has of what the batch names, read with one query per kind. */
    private record Known(
            boolean anyPublicationExists,
            Map<String, String> sources,
            Set<String> paths,
            Map<String, Person> peopleById,
            Map<String, Person> peopleByKey) {

        static Known of(DSLContext db, List<List<Incoming>> units) {
            Set<String> ids = new HashSet<>();
            Set<String> matchSources = new HashSet<>();
            Set<String> relatedSources = new HashSet<>();
            Set<String> paths = new HashSet<>();
            Set<String> personIds = new HashSet<>();
            Set<String> personKeys = new HashSet<>();
            for (List<Incoming> unit : units) {
                for (Incoming i : unit) {
                    Publication p = i.publication();
                    if (p.id() != null) {
                        ids.add(p.id());
                    }
                    matchSources.addAll(p.sourceIds());
                    relatedSources.addAll(i.fallbackSourceIds());
                    relatedSources.addAll(i.relatedSourceIds());
                    if (p.title() != null) {
                        paths.add(Slugs.path(p.date(), p.slug() != null ? p.slug() : Slugs.of(p.title())));
                    }
                    for (Authorship a : p.authors()) {
                        if (a.person().id() != null) {
                            personIds.add(a.person().id());
                        }
                        personKeys.add(a.person().identityKey());
                    }
                }
            }
            Set<String> allSources = new HashSet<>(matchSources);
            allSources.addAll(relatedSources);
            Map<String, String> sources = in(
                    allSources,
                    chunk -> db.select(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID)
                            .from(PUBLICATION_SOURCE)
                            .where(PUBLICATION_SOURCE.SOURCE_ID.in(chunk))
                            .fetchMap(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID));
            boolean exists = matchSources.stream().anyMatch(sources::containsKey)
                    || !in(
                                    ids,
                                    chunk -> db.select(PUBLICATION.ID)
                                            .from(PUBLICATION)
                                            .where(PUBLICATION.ID.in(chunk))
                                            .fetchMap(PUBLICATION.ID, PUBLICATION.ID))
                            .isEmpty();
            Set<String> taken = in(
                            paths,
                            chunk -> db.select(PUBLICATION.PATH)
                                    .from(PUBLICATION)
                                    .where(PUBLICATION.PATH.in(chunk))
                                    .fetchMap(PUBLICATION.PATH, PUBLICATION.PATH))
                    .keySet();
            Map<String, Person> byId = new HashMap<>();
            in(
                            personIds,
                            chunk -> db.selectFrom(PERSON)
                                    .where(PERSON.ID.in(chunk))
                                    .fetchMap(PERSON.ID, People::toPerson))
                    .forEach(byId::put);
            Map<String, Person> byKey = new HashMap<>();
            in(
                            personKeys,
                            chunk -> db.selectFrom(PERSON)
                                    .where(PERSON.IDENTITY_KEY.in(chunk))
                                    .fetchMap(PERSON.IDENTITY_KEY, People::toPerson))
                    .forEach(byKey::put);
            return new Known(exists, sources, taken, byId, byKey);
        }

        /** One query per 500 keys, so that no database's limit on parameters is reached. */
        private static <V> Map<String, V> in(
                Collection<String> keys, java.util.function.Function<List<String>, Map<String, V>> query) {
            Map<String, V> out = new HashMap<>();
            List<String> all = new ArrayList<>(keys);
            for (int i = 0; i < all.size(); i += 500) {
                out.putAll(query.apply(all.subList(i, Math.min(all.size(), i + 500))));
            }
            return out;
        }
    }
}
