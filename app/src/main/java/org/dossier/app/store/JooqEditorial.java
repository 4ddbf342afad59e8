package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUDIT_EVENT;
import static org.dossier.app.store.schema.Tables.EDITORIAL;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.REVISION;
import static org.jooq.impl.DSL.max;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dossier.catalog.Incoming;
import org.dossier.editorial.Editorial;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Saves with their revisions, owners and audit events, in SQL. */
@Repository
class JooqEditorial implements Editorial {
    private static final JsonLinesCodec CODEC = new JsonLinesCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final PublicationWriter writer;
    private final PublicationReader reader;
    private final TransactionTemplate transaction;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqEditorial(
            DSLContext db,
            PublicationWriter writer,
            PublicationReader reader,
            PlatformTransactionManager transactions,
            WriteLock writeLock,
            Clock clock) {
        this.db = db;
        this.writer = writer;
        this.reader = reader;
        this.transaction = new TransactionTemplate(transactions);
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public Revision save(Publication publication, String actor, String note, boolean audited) {
        return writeLock.holding(() -> transaction.execute(status -> {
            String id = writer.write(Incoming.whole(publication)).publicationId();
            Instant now = clock.instant();
            if (!db.fetchExists(EDITORIAL, EDITORIAL.PUBLICATION_ID.eq(id))) {
                db.insertInto(EDITORIAL)
                        .set(EDITORIAL.PUBLICATION_ID, id)
                        .set(EDITORIAL.OWNER, actor)
                        .execute();
            }
            Integer last = db.select(max(REVISION.NUMBER))
                    .from(REVISION)
                    .where(REVISION.PUBLICATION_ID.eq(id))
                    .fetchOne(0, Integer.class);
            Publication saved = reader.load(List.of(id)).get(id);
            int number = last == null ? 1 : last + 1;
            db.insertInto(REVISION)
                    .set(REVISION.ID, Ids.newId())
                    .set(REVISION.PUBLICATION_ID, id)
                    .set(REVISION.NUMBER, number)
                    .set(REVISION.AT, now.toEpochMilli())
                    .set(REVISION.ACTOR, actor)
                    .set(REVISION.NOTE, note)
                    .set(REVISION.SNAPSHOT, CODEC.write(saved))
                    .execute();
            if (audited) {
                db.insertInto(AUDIT_EVENT)
                        .set(AUDIT_EVENT.ID, Ids.newId())
                        .set(AUDIT_EVENT.AT, now.toEpochMilli())
                        .set(AUDIT_EVENT.ACTOR, actor)
                        .set(AUDIT_EVENT.ACTION, note)
                        .set(AUDIT_EVENT.SUBJECT, saved.title() + " (" + id + ")")
                        .execute();
            }
            return new Revision(id, number, now, actor, note, saved);
        }));
    }

    @Override
    public Optional<String> owner(String publicationId) {
        return db.select(EDITORIAL.OWNER)
                .from(EDITORIAL)
                .where(EDITORIAL.PUBLICATION_ID.eq(publicationId))
                .fetchOptional(EDITORIAL.OWNER);
    }

    @Override
    public List<Revision> revisions(String publicationId) {
        return db.selectFrom(REVISION)
                .where(REVISION.PUBLICATION_ID.eq(publicationId))
                .orderBy(REVISION.NUMBER.desc())
                .fetch(JooqEditorial::revision);
    }

    @Override
    public Optional<Revision> revision(String publicationId, int number) {
        return db.selectFrom(REVISION)
                .where(REVISION.PUBLICATION_ID.eq(publicationId))
                .and(REVISION.NUMBER.eq(number))
                .fetchOptional(JooqEditorial::revision);
    }

    @Override
    public List<Entry> worklist(String owner, int limit) {
        var query = db.select(
                        PUBLICATION.ID,
                        PUBLICATION.TITLE,
                        PUBLICATION.STATUS,
                        PUBLICATION.EMBARGO_UNTIL,
                        EDITORIAL.OWNER,
                        PUBLICATION.CHANGED_AT)
                .from(PUBLICATION)
                .leftJoin(EDITORIAL)
                .on(EDITORIAL.PUBLICATION_ID.eq(PUBLICATION.ID));
        var filtered = owner == null ? query.where() : query.where(EDITORIAL.OWNER.eq(owner));
        return filtered.orderBy(PUBLICATION.CHANGED_AT.desc(), PUBLICATION.ID.desc())
                .limit(limit)
                .fetch(JooqEditorial::entry);
    }

    private static Entry entry(Record r) {
        Long embargo = r.get(PUBLICATION.EMBARGO_UNTIL);
        return new Entry(
                r.get(PUBLICATION.ID),
                r.get(PUBLICATION.TITLE),
                Status.ofCode(r.get(PUBLICATION.STATUS)),
                embargo == null ? null : Instant.ofEpochMilli(embargo),
                r.get(EDITORIAL.OWNER),
                Instant.ofEpochMilli(r.get(PUBLICATION.CHANGED_AT)));
    }

    private static Revision revision(org.dossier.app.store.schema.tables.records.RevisionRecord r) {
        return new Revision(
                r.getPublicationId(),
                r.getNumber(),
                Instant.ofEpochMilli(r.getAt()),
                r.getActor(),
                r.getNote(),
                CODEC.read(JSON.readTree(r.getSnapshot())));
    }
}
