package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.ALERT_DIGEST;
import static org.dossier.app.store.schema.Tables.ALERT_SUBSCRIPTION;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.alert.Digest;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alert subscriptions and their digests in SQL. A digest's key is its subscription and period, so recording the
 * same digest twice (a repeated run, a second node) inserts nothing the second time.
 */
@Repository
class JooqSubscriptions implements Subscriptions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Digest.Item>> ITEMS = new TypeReference<>() {};

    private final DSLContext db;
    private final WriteLock writeLock;

    JooqSubscriptions(DSLContext db, WriteLock writeLock) {
        this.db = db;
        this.writeLock = writeLock;
    }

    @Override
    public void add(Subscription s) {
        writeLock.holding(() -> db.insertInto(ALERT_SUBSCRIPTION)
                .set(ALERT_SUBSCRIPTION.ID, s.id())
                .set(ALERT_SUBSCRIPTION.EMAIL, s.email())
                .set(ALERT_SUBSCRIPTION.LIST_PATH, s.listPath())
                .set(ALERT_SUBSCRIPTION.LIST_TITLE, s.listTitle())
                .set(ALERT_SUBSCRIPTION.QUERY, s.query())
                .set(ALERT_SUBSCRIPTION.FREQUENCY, s.frequency().name())
                .set(ALERT_SUBSCRIPTION.STATUS, s.status().name())
                .set(ALERT_SUBSCRIPTION.TOKEN, s.token())
                .set(ALERT_SUBSCRIPTION.CREATED_AT, s.created().toEpochMilli())
                .set(ALERT_SUBSCRIPTION.CONFIRM_BY, s.confirmBy().toEpochMilli())
                .set(ALERT_SUBSCRIPTION.CONFIRMED_AT, millis(s.confirmed()))
                .set(ALERT_SUBSCRIPTION.REQUESTED_BY, s.requestedBy())
                .execute());
    }

    @Override
    public Optional<Subscription> byToken(String token) {
        return one(ALERT_SUBSCRIPTION.TOKEN.eq(token));
    }

    @Override
    public Optional<Subscription> byId(String id) {
        return one(ALERT_SUBSCRIPTION.ID.eq(id));
    }

    private Optional<Subscription> one(Condition condition) {
        return db.selectFrom(ALERT_SUBSCRIPTION)
                .where(condition)
                .fetchOptional()
                .map(JooqSubscriptions::subscription);
    }

    @Override
    public List<Subscription> byEmail(String email) {
        return db.selectFrom(ALERT_SUBSCRIPTION)
                .where(ALERT_SUBSCRIPTION.EMAIL.eq(email))
                .orderBy(ALERT_SUBSCRIPTION.CREATED_AT.desc(), ALERT_SUBSCRIPTION.ID)
                .fetch(JooqSubscriptions::subscription);
    }

    @Override
    public boolean confirm(String token, Instant now) {
        return writeLock.holding(() -> db.update(ALERT_SUBSCRIPTION)
                        .set(ALERT_SUBSCRIPTION.STATUS, Subscription.Status.ACTIVE.name())
                        .set(ALERT_SUBSCRIPTION.CONFIRMED_AT, now.toEpochMilli())
                        .where(ALERT_SUBSCRIPTION.TOKEN.eq(token))
                        .and(ALERT_SUBSCRIPTION.STATUS.eq(Subscription.Status.PENDING.name()))
                        .and(ALERT_SUBSCRIPTION.CONFIRM_BY.gt(now.toEpochMilli()))
                        .execute())
                == 1;
    }

    @Override
    public boolean unsubscribe(String token, Instant now) {
        return writeLock.holding(() -> db.update(ALERT_SUBSCRIPTION)
                        .set(ALERT_SUBSCRIPTION.STATUS, Subscription.Status.UNSUBSCRIBED.name())
                        .set(ALERT_SUBSCRIPTION.UNSUBSCRIBED_AT, now.toEpochMilli())
                        .where(ALERT_SUBSCRIPTION.TOKEN.eq(token))
                        .and(ALERT_SUBSCRIPTION.STATUS.ne(Subscription.Status.UNSUBSCRIBED.name()))
                        .execute())
                == 1;
    }

    @Override
    public List<Subscription> active() {
        return db.selectFrom(ALERT_SUBSCRIPTION)
                .where(ALERT_SUBSCRIPTION.STATUS.eq(Subscription.Status.ACTIVE.name()))
                .orderBy(ALERT_SUBSCRIPTION.ID)
                .fetch(JooqSubscriptions::subscription);
    }

    @Override
    public int requestedSince(String email, Instant since) {
        return db.fetchCount(
                ALERT_SUBSCRIPTION,
                ALERT_SUBSCRIPTION.EMAIL.eq(email).and(ALERT_SUBSCRIPTION.CREATED_AT.ge(since.toEpochMilli())));
    }

    @Override
    public int requestedBySince(String requestedBy, Instant since) {
        return db.fetchCount(
                ALERT_SUBSCRIPTION,
                ALERT_SUBSCRIPTION
                        .REQUESTED_BY
                        .eq(requestedBy)
                        .and(ALERT_SUBSCRIPTION.CREATED_AT.ge(since.toEpochMilli())));
    }

    @Override
    public Set<String> delivered(String subscriptionId) {
        Set<String> ids = new HashSet<>();
        db.select(ALERT_DIGEST.ITEMS)
                .from(ALERT_DIGEST)
                .where(ALERT_DIGEST.SUBSCRIPTION_ID.eq(subscriptionId))
                .forEach(r -> items(r.value1()).forEach(item -> ids.add(item.publicationId())));
        return ids;
    }

    @Override
    public Optional<String> latestPeriod(String subscriptionId) {
        return db.select(ALERT_DIGEST.PERIOD)
                .from(ALERT_DIGEST)
                .where(ALERT_DIGEST.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(ALERT_DIGEST.CREATED_AT.desc(), ALERT_DIGEST.PERIOD.desc())
                .limit(1)
                .fetchOptional(ALERT_DIGEST.PERIOD);
    }

    @Override
    public boolean record(Digest digest) {
        return writeLock.holding(() -> db.insertInto(ALERT_DIGEST)
                        .set(ALERT_DIGEST.SUBSCRIPTION_ID, digest.subscriptionId())
                        .set(ALERT_DIGEST.PERIOD, digest.period())
                        .set(ALERT_DIGEST.ITEMS, JSON.writeValueAsString(digest.items()))
                        .set(ALERT_DIGEST.CREATED_AT, digest.created().toEpochMilli())
                        .set(ALERT_DIGEST.SENT_AT, millis(digest.sent()))
                        .onConflictDoNothing()
                        .execute())
                == 1;
    }

    @Override
    public List<Digest> unsent(int limit) {
        return db.select(ALERT_DIGEST.fields())
                .from(ALERT_DIGEST)
                .join(ALERT_SUBSCRIPTION)
                .on(ALERT_SUBSCRIPTION.ID.eq(ALERT_DIGEST.SUBSCRIPTION_ID))
                .where(ALERT_DIGEST.SENT_AT.isNull())
                .and(ALERT_SUBSCRIPTION.STATUS.eq(Subscription.Status.ACTIVE.name()))
                .orderBy(ALERT_DIGEST.CREATED_AT, ALERT_DIGEST.SUBSCRIPTION_ID)
                .limit(limit)
                .fetch(r -> new Digest(
                        r.get(ALERT_DIGEST.SUBSCRIPTION_ID),
                        r.get(ALERT_DIGEST.PERIOD),
                        items(r.get(ALERT_DIGEST.ITEMS)),
                        Instant.ofEpochMilli(r.get(ALERT_DIGEST.CREATED_AT)),
                        null));
    }

    @Override
    public void markSent(String subscriptionId, String period, Instant at) {
        writeLock.holding(() -> db.update(ALERT_DIGEST)
                .set(ALERT_DIGEST.SENT_AT, at.toEpochMilli())
                .where(ALERT_DIGEST.SUBSCRIPTION_ID.eq(subscriptionId))
                .and(ALERT_DIGEST.PERIOD.eq(period))
                .execute());
    }

    @Override
    public int sentSince(String email, Instant since) {
        return db.fetchCount(db.select(ALERT_DIGEST.PERIOD)
                .from(ALERT_DIGEST)
                .join(ALERT_SUBSCRIPTION)
                .on(ALERT_SUBSCRIPTION.ID.eq(ALERT_DIGEST.SUBSCRIPTION_ID))
                .where(ALERT_SUBSCRIPTION.EMAIL.eq(email))
                .and(ALERT_DIGEST.SENT_AT.ge(since.toEpochMilli()))
                .and(ALERT_DIGEST.ITEMS.ne("[]")));
    }

    private static List<Digest.Item> items(String json) {
        return JSON.readValue(json, ITEMS);
    }

    private static Subscription subscription(Record r) {
        return new Subscription(
                r.get(ALERT_SUBSCRIPTION.ID),
                r.get(ALERT_SUBSCRIPTION.EMAIL),
                r.get(ALERT_SUBSCRIPTION.LIST_PATH),
                r.get(ALERT_SUBSCRIPTION.LIST_TITLE),
                r.get(ALERT_SUBSCRIPTION.QUERY),
                Subscription.Frequency.valueOf(r.get(ALERT_SUBSCRIPTION.FREQUENCY)),
                Subscription.Status.valueOf(r.get(ALERT_SUBSCRIPTION.STATUS)),
                r.get(ALERT_SUBSCRIPTION.TOKEN),
                Instant.ofEpochMilli(r.get(ALERT_SUBSCRIPTION.CREATED_AT)),
                Instant.ofEpochMilli(r.get(ALERT_SUBSCRIPTION.CONFIRM_BY)),
                r.get(ALERT_SUBSCRIPTION.CONFIRMED_AT) == null
                        ? null
                        : Instant.ofEpochMilli(r.get(ALERT_SUBSCRIPTION.CONFIRMED_AT)),
                r.get(ALERT_SUBSCRIPTION.REQUESTED_BY));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
