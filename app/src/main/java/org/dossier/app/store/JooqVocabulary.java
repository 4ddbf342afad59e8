package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.COLLECTION;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TYPE;
import static org.dossier.app.store.schema.Tables.TOPIC;
import static org.jooq.impl.DSL.count;

import java.util.List;
import java.util.Optional;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Vocabulary;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Topics, types and collections in SQL: each its own table, publications linking to it by id. */
@Repository
class JooqVocabulary implements Vocabulary {
    private static final int BATCH = 200;

    private final DSLContext db;
    private final WriteLock writeLock;
    private final PublicationReader reader;
    private final PublicationWriter writer;
    private final TransactionTemplate transaction;
    private final RenderedQueries queries;

    JooqVocabulary(
            DSLContext db,
            WriteLock writeLock,
            PublicationReader reader,
            PublicationWriter writer,
            PlatformTransactionManager transactions,
            RenderedQueries queries) {
        this.queries = queries;
        this.db = db;
        this.writeLock = writeLock;
        this.reader = reader;
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<Term> terms(Kind kind) {
        Shape s = Shape.of(kind);
        return db.select(s.name, orNull(s.description), orNull(s.kind), count(s.link))
                .from(s.table)
                .leftJoin(s.links)
                .on(s.link.eq(s.id))
                .groupBy(s.id)
                .orderBy(s.name)
                .fetch(r -> term(r, s));
    }

    @Override
    public Optional<Term> term(Kind kind, String name) {
        Shape s = Shape.of(kind);
        return db.select(s.name, orNull(s.description), orNull(s.kind), count(s.link))
                .from(s.table)
                .leftJoin(s.links)
                .on(s.link.eq(s.id))
                .where(s.key.eq(Names.key(name)))
                .groupBy(s.id)
                .fetchOptional(r -> term(r, s));
    }

    @Override
    public Optional<String> collectionKind(String collection) {
        String key = Names.key(collection);
        return queries
                .rows(
                        "kind of a collection",
                        () -> db.select(COLLECTION.KIND).from(COLLECTION).where(COLLECTION.NAME_KEY.eq(key)),
                        key)
                .stream()
                .findFirst()
                .map(row -> (String) row[0]);
    }

    @Override
    public boolean classify(String collection, String kind) {
        String noun = kind == null || kind.isBlank() ? null : kind.strip();
        return writeLock.holding(() -> db.update(COLLECTION)
                        .set(COLLECTION.KIND, noun)
                        .where(COLLECTION.NAME_KEY.eq(Names.key(collection)))
                        .execute())
                > 0;
    }

    @Override
    public boolean describe(Kind kind, String name, String description) {
        Shape s = Shape.of(kind);
        if (s.description == null) {
            return false;
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        return writeLock.holding(() -> db.update(s.table)
                        .set(s.description, text)
                        .where(s.key.eq(Names.key(name)))
                        .execute())
                > 0;
    }

    @Override
    public List<String> publicationIds(Kind kind, String name) {
        Shape s = Shape.of(kind);
        return db.select(s.publicationId)
                .from(s.links)
                .join(s.table)
                .on(s.link.eq(s.id))
                .where(s.key.eq(Names.key(name)))
                .fetch(s.publicationId);
    }

    @Override
    public int rename(Kind kind, String from, String to) {
        Shape s = Shape.of(kind);
        return writeLock.holding(() -> transaction.execute(status -> {
            Term old = term(kind, from)
                    .orElseThrow(() -> new FieldException("from", "there is no " + kind.key() + " '" + from + "'"));
            List<String> ids = publicationIds(kind, old.name());
            for (int i = 0; i < ids.size(); i += BATCH) {
                for (Publication p : reader.load(ids.subList(i, Math.min(ids.size(), i + BATCH)))
                        .values()) {
                    writer.write(Incoming.whole(kind.renamedIn(p, old.name(), to)));
                }
            }
            if (old.description() != null
                    && term(kind, to).map(t -> t.description() == null).orElse(false)) {
                db.update(s.table)
                        .set(s.description, old.description())
                        .where(s.key.eq(Names.key(to)))
                        .execute();
            }
            if (old.kind() != null && term(kind, to).map(t -> t.kind() == null).orElse(false)) {
                db.update(s.table)
                        .set(s.kind, old.kind())
                        .where(s.key.eq(Names.key(to)))
                        .execute();
            }
            if (!Names.key(old.name()).equals(Names.key(to))) {
                db.deleteFrom(s.table)
                        .where(s.key.eq(Names.key(old.name())))
                        .andNotExists(db.selectOne().from(s.links).where(s.link.eq(s.id)))
                        .execute();
            }
            return ids.size();
        }));
    }

    private static Term term(Record r, Shape s) {
        return new Term(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class), r.get(3, Long.class));
    }

    /** The column, or a null in its place for a kind of term that does not have it. */
    private static Field<String> orNull(Field<String> column) {
        return column != null ? column : DSL.inline(null, String.class);
    }

    /** Where a kind of term lives: its table and columns, and the table linking publications to it. */
    private record Shape(
            Table<?> table,
            Field<String> id,
            Field<String> name,
            Field<String> key,
            Field<String> description,
            Field<String> kind,
            Table<?> links,
            Field<String> link,
            Field<String> publicationId) {
        static Shape of(Kind kind) {
            return switch (kind) {
                case TOPIC ->
                    new Shape(
                            TOPIC,
                            TOPIC.ID,
                            TOPIC.NAME,
                            TOPIC.NAME_KEY,
                            TOPIC.DESCRIPTION,
                            null,
                            PUBLICATION_TOPIC,
                            PUBLICATION_TOPIC.TOPIC_ID,
                            PUBLICATION_TOPIC.PUBLICATION_ID);
                case COLLECTION ->
                    new Shape(
                            COLLECTION,
                            COLLECTION.ID,
                            COLLECTION.NAME,
                            COLLECTION.NAME_KEY,
                            COLLECTION.DESCRIPTION,
                            COLLECTION.KIND,
                            PUBLICATION,
                            PUBLICATION.COLLECTION_ID,
                            PUBLICATION.ID);
                case TYPE ->
                    new Shape(
                            PUBLICATION_TYPE,
                            PUBLICATION_TYPE.ID,
                            PUBLICATION_TYPE.NAME,
                            PUBLICATION_TYPE.NAME_KEY,
                            null,
                            null,
                            PUBLICATION,
                            PUBLICATION.TYPE_ID,
                            PUBLICATION.ID);
            };
        }
    }
}
