package org.dossier.catalog;

import java.util.Collection;
import java.util.List;

/**
 * The changes of publications not yet applied to the search index, oldest first. Written by the
 * catalog in the same transaction as each change; read and marked done by the indexer.
 */
public interface Outbox {

    /** A publication that changed: {@code deleted} when it is gone from the store. */
    record Entry(String id, String publicationId, boolean deleted) {}

    List<Entry> pending(int limit);

    void done(Collection<String> entryIds);

    /** Marks every entry up to and including this one done (after a rebuild from the store). */
    void doneUpTo(String entryId);

    /** The newest entry's id, or null when there is none. */
    String latest();

    long pendingCount();

    /** When the oldest change still waiting was made: how far the index lags behind the store. */
    java.util.Optional<java.time.Instant> oldestPending();

    /** Forgets the entries applied before this time, so that the outbox stays small; returns how many. */
    int prune(java.time.Instant appliedBefore);
}
