package org.dossier.app.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.app.shared.ThisNode;
import org.dossier.catalog.Outbox;
import org.dossier.cluster.ClusterJobs;
import org.dossier.search.IndexLease;
import org.dossier.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox indexer every 200 ms on every serving node, so changes are searchable within a second, and
 * prunes the outbox once an hour for the whole cluster. The embedded index belongs to one serving node per
 * store: it takes the store's {@link IndexLease} first, and a second node serving the same store (another data
 * folder, the same SQLite file or PostgreSQL) is refused. A shared index (SolrCloud) takes no lease: every node
 * drains the outbox.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(name = "dossier.indexer.enabled", havingValue = "true", matchIfMissing = true)
class IndexerSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IndexerSchedule.class);
    private static final long PERIOD_MILLIS = 200;
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Duration PRUNE_CHECK_EVERY = Duration.ofMinutes(1);
    /** How long applied outbox entries are kept, to look into when something went wrong. */
    static final Duration KEEP_APPLIED = Duration.ofDays(1);

    static final Duration EXPIRES_AFTER = Duration.ofSeconds(30);

    private final OutboxIndexer indexer;
    private final SearchIndex index;
    private final IndexLease lease;
    private final Outbox outbox;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final boolean embedded;
    private final IndexLease.Holder me;
    private ScheduledExecutorService scheduler;
    private Instant renewed;
    private Instant pruned;

    IndexerSchedule(
            OutboxIndexer indexer,
            SearchIndex index,
            IndexLease lease,
            Outbox outbox,
            ClusterJobs jobs,
            Clock clock,
            ThisNode node,
            @Value("${dossier.search.engine:embedded}") String engine,
            @Value("${dossier.data}") Path data) {
        this.indexer = indexer;
        this.index = index;
        this.lease = lease;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.embedded = !SearchConfiguration.SOLR.equals(engine);
        this.me = new IndexLease.Holder(
                node.id(),
                node.host(),
                data.resolve("index").toAbsolutePath().normalize().toString(),
                clock.instant());
    }

    private void tick() {
        renewLease();
        pruneOutbox();
        try {
            int n = indexer.catchUp();
            if (n >= 500) {
                log.info("search index: applied {} changes; {} documents", n, index.size());
            }
        } catch (RuntimeException e) {
            log.error("search index: could not apply changes (will retry): {}", e.toString(), e);
        }
    }

    private void renewLease() {
        Instant now = clock.instant();
        if (!embedded || Duration.between(renewed, now).compareTo(RENEW_EVERY) < 0) {
            return;
        }
        renewed = now;
        try {
            if (!lease.renew(me.node(), now)) {
                log.error("search index: another node has taken this store's index lease; two nodes now index it");
            }
        } catch (RuntimeException e) {
            log.warn("search index: could not renew the index lease (will retry): {}", e.toString());
        }
    }

    /** Applied entries go after a day, once an hour for the whole cluster (the node that claims the hour). */
    private void pruneOutbox() {
        Instant now = clock.instant();
        if (pruned != null && Duration.between(pruned, now).compareTo(PRUNE_CHECK_EVERY) < 0) {
            return;
        }
        pruned = now;
        try {
            if (!jobs.claim("prune-outbox", me.node(), PRUNE_EVERY)) {
                return;
            }
            int n = outbox.prune(now.minus(KEEP_APPLIED));
            if (n > 0) {
                log.info("search index: forgot {} outbox entries applied more than a day ago", n);
            }
        } catch (RuntimeException e) {
            log.warn("search index: could not prune the outbox (will retry): {}", e.toString());
        }
    }

    @Override
    public void start() {
        renewed = clock.instant();
        if (embedded) {
            takeLease();
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-indexer");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void takeLease() {
        lease.acquire(
                        new IndexLease.Holder(me.node(), me.host(), me.indexPath(), renewed),
                        renewed.minus(EXPIRES_AFTER))
                .ifPresent(other -> {
                    throw new IllegalStateException(refusal(other));
                });
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
        if (embedded) {
            lease.release(me.node());
        }
    }

    private String refusal(IndexLease.Holder other) {
        long seconds =
                Math.max(0, Duration.between(other.heard(), clock.instant()).toSeconds());
        return "another Dossier node already serves this store (" + other.node() + ", its search index in "
                + other.indexPath() + ", last heard " + seconds + " s ago). With the embedded search index, one node"
                + " serves a store: stop that node (or, if it has died, start again in "
                + EXPIRES_AFTER.toSeconds() + " s), or give this node a store of its own (another --data folder"
                + " and database). Several nodes on one store need the shared search engine: set"
                + " dossier.search.engine=solr and dossier.search.solr.urls (see docs/deployment.md).";
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
