package org.dossier.search;

import java.time.Instant;
import java.util.Optional;

/**
 * Which process keeps a store's embedded search index up to date. An embedded index lives in one process, so
 * one node at a time may serve a store with it: it takes the lease at start, renews it while it runs and gives
 * it back when it stops; a lease not renewed for a while is free again (its node died).
 */
public interface IndexLease {

    /** A node that holds or wants the lease: its id, its host, where its index is, when it was last heard of. */
    record Holder(String node, String host, String indexPath, Instant heard) {}

    /**
     * Takes the lease for {@code me} when it is free, expired (not heard of since {@code expiredBefore}) or held
     * by an earlier process of the same host with the same index (which cannot still run: the index would be
     * locked); otherwise leaves it and returns who holds it.
     */
    Optional<Holder> acquire(Holder me, Instant expiredBefore);

    /** Says that this node is still there; false when it no longer holds the lease. */
    boolean renew(String node, Instant now);

    void release(String node);
}
