package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Outbox;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store's outbox must do: what the search index has still to apply, due now. */
interface OutboxContract {
    Duration HOLD = Duration.ofMinutes(1);

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

        List<Outbox.Entry> pending = outbox().claim("node-a", 10, HOLD);
        assertThat(pending)
                .extracting(Outbox.Entry::publicationId, Outbox.Entry::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, false));
        outbox().done(List.of(pending.get(0).id()));
        catalog().delete(id);

        assertThat(outbox().claim("node-a", 10, HOLD))
                .extracting(Outbox.Entry::publicationId, Outbox.Entry::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, true));
        assertThat(outbox().pendingCount()).isEqualTo(1);
        assertThat(outbox().oldestPending())
                .hasValueSatisfying(t ->
                        assertThat(t).isBetween(Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now()));
        outbox().done(List.of(outbox().claim("node-a", 10, HOLD).get(0).id()));
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
        List<Outbox.Entry> pending = outbox().claim("node-a", 10, HOLD);
        outbox().done(List.of(pending.get(0).id()));

        assertThat(outbox().prune(Instant.now().minus(1, ChronoUnit.HOURS))).isZero();
        assertThat(outbox().prune(Instant.now().plus(1, ChronoUnit.HOURS))).isEqualTo(1);
        assertThat(outbox().claim("node-a", 10, HOLD))
                .extracting(Outbox.Entry::id)
                .containsExactly(pending.get(1).id());
    }

    @Test
    default void handsAPublicationsChangesToOneNodeAtATimeAndADeadNodesToAnother() {
        String first = write("First");
        String second = write("Second");
        List<Outbox.Entry> a = outbox().claim("node-a", 1, HOLD);
        assertThat(a).extracting(Outbox.Entry::publicationId).containsExactly(first);
        catalog().delete(first);

        assertThat(outbox().claim("node-b", 10, HOLD))
                .as("node b may not take the first publication's later change while node a holds its earlier one")
                .extracting(Outbox.Entry::publicationId)
                .containsExactly(second);
        assertThat(outbox().claim("node-a", 10, Duration.ZERO))
                .extracting(Outbox.Entry::publicationId, Outbox.Entry::deleted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, false),
                        org.assertj.core.groups.Tuple.tuple(first, true));
        assertThat(outbox().claim("node-c", 10, HOLD))
                .as("node a died: its claims expired, and node c takes them over")
                .extracting(Outbox.Entry::publicationId)
                .containsExactly(first, first);
    }

    @Test
    default void givesEveryChangeToExactlyOneOfSeveralNodesDrainingAtOnce() throws Exception {
        for (int i = 0; i < 120; i++) {
            write("Change " + i);
        }
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                String node = "node-" + n;
                runs.add(nodes.submit(() -> {
                    List<Outbox.Entry> taken;
                    while (!(taken = outbox().claim(node, 7, HOLD)).isEmpty()) {
                        taken.forEach(e -> applied.add(e.id()));
                        outbox().done(taken.stream().map(Outbox.Entry::id).toList());
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(applied).hasSize(120).doesNotHaveDuplicates();
        assertThat(outbox().pendingCount()).isZero();
    }

    @Test
    default void tellsWhichPublicationsChangedAfterAnEntryAppliedOrNot() {
        String first = write("Earlier");
        String mark = outbox().latest();
        String second = write("Later");
        outbox().done(outbox().claim("node-a", 10, HOLD).stream()
                .map(Outbox.Entry::id)
                .toList());
        catalog().delete(first);

        assertThat(outbox().changedAfter(mark)).containsExactly(second, first);
    }

    private String write(String title) {
        WriteResult.Written w = (WriteResult.Written) catalog()
                .write(List.of(List.of(Incoming.whole(Publication.builder()
                        .title(title)
                        .status(Status.PUBLISHED)
                        .sourceId("test:" + title)
                        .build()))))
                .get(0);
        return w.changes().get(0).publicationId();
    }
}
