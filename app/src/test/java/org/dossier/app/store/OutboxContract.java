package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Outbox;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store's outbox must do: what the search index has still to apply, due now. */
interface OutboxContract {

    Catalog catalog();

    Outbox outbox();

    @Test
    default void holdsAChangeUntilItIsDoneAndAnEmbargoUntilItsEnd() {
        Publication embargoed = Publication.builder()
                .title("Under embargo")
                .status(Status.PUBLISHED)
                .sourceId("test:embargoed")
                .embargoUntil(Instant.now().plus(30, ChronoUnit.DAYS))
                .build();
        WriteResult.Written w = (WriteResult.Written)
                catalog().write(List.of(List.of(Incoming.whole(embargoed)))).get(0);
        String id = w.changes().get(0).publicationId();

        List<Outbox.Entry> pending = outbox().pending(10);
        assertThat(pending)
                .extracting(Outbox.Entry::publicationId, Outbox.Entry::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, false));
        outbox().done(List.of(pending.get(0).id()));
        catalog().delete(id);

        assertThat(outbox().pending(10))
                .extracting(Outbox.Entry::publicationId, Outbox.Entry::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, true));
        assertThat(outbox().pendingCount()).isEqualTo(1);
        assertThat(outbox().oldestPending())
                .hasValueSatisfying(t ->
                        assertThat(t).isBetween(Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now()));
        outbox().done(List.of(outbox().pending(10).get(0).id()));
        assertThat(outbox().oldestPending()).isEmpty();
    }

    @Test
    default void forgetsAppliedEntriesOnceTheyAreOldButNeverPendingOnes() {
        for (String title : List.of("Applied", "Pending")) {
            catalog()
                    .write(List.of(List.of(Incoming.whole(Publication.builder()
                            .title(title)
                            .status(Status.PUBLISHED)
                            .sourceId("test:" + title)
                            .build()))));
        }
        List<Outbox.Entry> pending = outbox().pending(10);
        outbox().done(List.of(pending.get(0).id()));

        assertThat(outbox().prune(Instant.now().minus(1, ChronoUnit.HOURS))).isZero();
        assertThat(outbox().prune(Instant.now().plus(1, ChronoUnit.HOURS))).isEqualTo(1);
        assertThat(outbox().pending(10))
                .extracting(Outbox.Entry::id)
                .containsExactly(pending.get(1).id());
    }
}
