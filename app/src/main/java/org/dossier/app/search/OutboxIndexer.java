package org.dossier.app.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.place.StoredPlaces;
import org.dossier.app.shared.ThisNode;
import org.dossier.catalog.Outbox;
import org.dossier.search.SearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Feeds the search index from the outbox: takes the pending changes, indexes the publications as the
 * store has them now if readers may see them (and removes the others: gone, drafts, withdrawn, still
 * under embargo), makes them searchable, and marks the changes done. Every node runs one; the outbox hands
 * each change to one node at a time, and a dead node's changes to another once its claim expires. Places are read again first if an
 * admin changed them, since a publication's regions are indexed with it. An embargo's end is a change that
 * waits in the outbox until its time. After a crash it simply catches up. {@link IndexerSchedule} runs it a few times a second.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class OutboxIndexer {
    /** Changes taken at once: a large backlog is indexed on every core, and made durable every so many. */
    private static final int ROUND = 5000;

    private final Outbox outbox;
    private final CurrentVersions current;
    private final SearchIndex index;
    private final StoredPlaces places;
    private final String node;
    private final Duration hold;
    private volatile boolean caughtUp;

    /**
     * {@code hold}: how long this node holds the changes it took, far longer than a batch takes; a dead node's
     * changes are taken over after it.
     */
    OutboxIndexer(
            Outbox outbox,
            CurrentVersions current,
            SearchIndex index,
            StoredPlaces places,
            ThisNode node,
            @Value("${dossier.indexer.claim-hold:PT2M}") Duration hold) {
        this.places = places;
        this.node = node.id();
        this.hold = hold;
        this.outbox = outbox;
        this.current = current;
        this.index = index;
    }

    /** Applies every pending change now; returns how many changes there were. */
    public synchronized int catchUp() {
        places.refresh();
        int applied = 0;
        List<Outbox.Entry> pending;
        while (!(pending = outbox.claim(node, ROUND, hold)).isEmpty()) {
            current.apply(pending.stream().map(Outbox.Entry::publicationId).toList());
            index.refresh();
            List<String> done = new ArrayList<>();
            pending.forEach(e -> done.add(e.id()));
            outbox.done(done);
            applied += pending.size();
        }
        caughtUp = true;
        return applied;
    }

    /** Whether every change due had been applied at some point since this node started. */
    public boolean hasCaughtUp() {
        return caughtUp;
    }
}
