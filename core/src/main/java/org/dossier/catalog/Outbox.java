package org.dossier.catalog;

import java.util.Collection;
import java.util.List;

/**
 * The changes of publications not yet applied to the search index, oldest first. Written by the
 * catalog in the same transaction as each change; claimed and marked done by the indexers, one per node.
 */
public interface Outbox {

    /** A publication that changed: {@code deleted} when it is gone from the store. */
    record Entry(String id, String publicationId, boolean deleted) {}

    /**
     * Takes up to {@code limit} due entries for this node until {@code hold} has passed: none claimed by
     * another node that still holds it, and none of a publication whose changes another node holds, so that
     * one publication's changes are applied by one node at a time, in order. A node that dies leaves claims
     * that expire; another node takes them over. Claiming again what this node holds renews it.
     */
    List<Entry> claim(String node, int limit, java.time.Duration hold);

    void done(Collection<String> entryIds);

    /** Marks every entry up to and including this one done (after a rebuild from the store). */
    void doneUpTo(String entryId);

    /** The newest entry's id, or null when there is none. */
    String latest();

    /** The publications changed after this entry (by entries applied or not), in the order of their first change. */
    List<String> changedAfter(String entryId);

    long pendingCount();

    /** When the oldest change still waiting was made: how far the index lags behind the store. */
    java.util.Optional<java.time.Instant> oldestPending();

    /** Forgets the entries applied before this time, so that the outbox stays small; returns how many. */
    int prune(java.time.Instant appliedBefore);
}
