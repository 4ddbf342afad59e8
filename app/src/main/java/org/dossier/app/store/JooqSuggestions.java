package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SUGGESTION;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class JooqSuggestions implements Suggestions {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JooqSuggestions(DSLContext db, WriteLock writeLock, PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.writeLock = writeLock;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int offer(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        return writeLock.holding(() -> transaction.execute(status -> {
            BatchBindStep batch = db.batch(db.insertInto(
                            SUGGESTION,
                            SUGGESTION.PUBLICATION_ID,
                            SUGGESTION.KIND,
                            SUGGESTION.VALUE,
                            SUGGESTION.SCORE,
                            SUGGESTION.EVIDENCE,
                            SUGGESTION.POSITION,
                            SUGGESTION.STATE,
                            SUGGESTION.MADE_AT)
                    .values((String) null, null, null, null, null, null, null, null)
                    .onConflictDoNothing());
            for (Suggestion s : suggestions) {
                batch.bind(
                        s.publicationId(),
                        s.kind().name(),
                        s.value(),
                        s.score(),
                        s.evidence(),
                        s.position(),
                        Suggestion.State.OPEN.name(),
                        now);
            }
            return IntStream.of(batch.execute()).map(n -> Math.max(0, n)).sum();
        }));
    }

    @Override
    public List<Suggestion> of(String publicationId, Suggestion.State state) {
        return db
                .selectFrom(SUGGESTION)
                .where(SUGGESTION.PUBLICATION_ID.eq(publicationId))
                .and(SUGGESTION.STATE.eq(state.name()))
                .orderBy(SUGGESTION.POSITION, SUGGESTION.VALUE)
                .fetch(r -> new Suggestion(
                        r.getPublicationId(),
                        Suggestion.Kind.valueOf(r.getKind()),
                        r.getValue(),
                        r.getScore(),
                        r.getEvidence(),
                        r.getPosition(),
                        Suggestion.State.valueOf(r.getState())))
                .stream()
                .sorted(Comparator.comparing(Suggestion::kind))
                .toList();
    }

    @Override
    public void decide(String publicationId, Suggestion.Kind kind, String value, Suggestion.State state) {
        writeLock.holding(() -> db.update(SUGGESTION)
                .set(SUGGESTION.STATE, state.name())
                .where(SUGGESTION.PUBLICATION_ID.eq(publicationId))
                .and(SUGGESTION.KIND.eq(kind.name()))
                .and(SUGGESTION.VALUE.eq(value))
                .execute());
    }

    @Override
    public List<String> queue(int offset, int limit) {
        return db.select(SUGGESTION.PUBLICATION_ID)
                .from(SUGGESTION)
                .where(SUGGESTION.STATE.eq(Suggestion.State.OPEN.name()))
                .groupBy(SUGGESTION.PUBLICATION_ID)
                .orderBy(DSL.max(SUGGESTION.MADE_AT).desc(), SUGGESTION.PUBLICATION_ID)
                .limit(limit)
                .offset(offset)
                .fetch(SUGGESTION.PUBLICATION_ID);
    }

    @Override
    public int queued() {
        return db.select(DSL.countDistinct(SUGGESTION.PUBLICATION_ID))
                .from(SUGGESTION)
                .where(SUGGESTION.STATE.eq(Suggestion.State.OPEN.name()))
                .fetchOne(0, int.class);
    }
}
