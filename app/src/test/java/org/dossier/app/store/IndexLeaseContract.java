package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.dossier.search.IndexLease;
import org.dossier.search.IndexLease.Holder;
import org.junit.jupiter.api.Test;

/** What every store's lease on the embedded search index must do: one serving node at a time. */
interface IndexLeaseContract {
    Instant NOON = Instant.parse("2026-11-29T12:00:00Z");
    Holder A = new Holder("1@alpha#a", "alpha", "/srv/a/index", NOON);
    Holder B = new Holder("2@beta#b", "beta", "/srv/b/index", NOON.plusSeconds(1));

    IndexLease lease();

    @Test
    default void givesTheLeaseToTheFirstNodeAndTellsTheSecondWhoHasIt() {
        assertThat(lease().acquire(A, NOON.minusSeconds(30))).isEmpty();

        assertThat(lease().acquire(B, NOON.minusSeconds(29))).contains(A);
    }

    @Test
    default void freesTheLeaseWhenItsNodeStopsOrIsNotHeardOfInTime() {
        lease().acquire(A, NOON.minusSeconds(30));
        assertThat(lease().renew(A.node(), NOON.plusSeconds(10))).isTrue();

        assertThat(lease().acquire(B, NOON.plusSeconds(9))).isPresent();
        assertThat(lease().acquire(B, NOON.plusSeconds(11))).isEmpty();
        assertThat(lease().renew(A.node(), NOON.plusSeconds(12))).isFalse();
        lease().release(B.node());
        assertThat(lease().acquire(A, NOON)).isEmpty();
    }

    @Test
    default void letsANodeRestartedOnTheSameIndexTakeItsLeaseBackAtOnce() {
        lease().acquire(A, NOON.minusSeconds(30));
        Holder restarted = new Holder("3@alpha#c", A.host(), A.indexPath(), NOON.plusSeconds(2));

        assertThat(lease().acquire(restarted, NOON.minusSeconds(28))).isEmpty();
        assertThat(lease().renew(A.node(), NOON.plusSeconds(3))).isFalse();
    }
}
