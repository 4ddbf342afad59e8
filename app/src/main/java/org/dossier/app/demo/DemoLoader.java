package org.dossier.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dossier.app.search.OutboxIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * For {@code dossier demo} ({@code dossier.demo=true}): loads the demo data into an empty store and indexes
 * them while the application starts, before the web server opens, so that the first page a reader can load
 * already lists them all.
 */
@Component
@ConditionalOnProperty(name = "dossier.demo", havingValue = "true")
public class DemoLoader implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoData demo;
    private final OutboxIndexer indexer;
    private volatile boolean running;
    private long loaded;

    DemoLoader(DemoData demo, OutboxIndexer indexer) {
        this.demo = demo;
        this.indexer = indexer;
    }

    @Override
    public void start() {
        log.info("Loading the demo data into the store, if it is empty ...");
        try {
            loaded = demo.loadIntoEmptyStore();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data: " + e.getMessage(), e);
        }
        if (loaded > 0) {
            log.info("Loaded {} demo publications; indexing them ...", loaded);
        } else {
            log.info("The store is not empty: no demo data loaded; indexing ...");
        }
        int changes = indexer.catchUp();
        log.info("The search index has caught up ({} changes applied)", changes);
        running = true;
    }

    /** How many demo publications this start loaded: 0 when the store already had publications. */
    public long loaded() {
        return loaded;
    }

    /** Before the web server starts (it starts in a late phase), so that no reader sees a site still loading. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
