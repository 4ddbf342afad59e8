package org.dossier.app.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the outbox indexer every 200 ms in the serving process, so changes are searchable within a second. */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(name = "dossier.indexer.enabled", havingValue = "true", matchIfMissing = true)
class IndexerSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IndexerSchedule.class);
    private static final long PERIOD_MILLIS = 200;

    private final OutboxIndexer indexer;
    private final SearchIndex index;
    private ScheduledExecutorService scheduler;

    IndexerSchedule(OutboxIndexer indexer, SearchIndex index) {
        this.indexer = indexer;
        this.index = index;
    }

    private void tick() {
        try {
            int n = indexer.catchUp();
            if (n >= 500) {
                log.info("search index: applied {} changes; {} documents", n, index.size());
            }
        } catch (RuntimeException e) {
            log.error("search index: could not apply changes (will retry): {}", e.toString(), e);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-indexer");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
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
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
