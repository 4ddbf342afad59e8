package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Outbox;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.publication.Relation.Kind;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store must do with relations between publications: keep them, tell the other side, refuse cycles. */
interface RelationsContract {
    Duration HOLD = Duration.ofMinutes(5);

    Catalog catalog();

    Outbox outbox();

    @Test
    default void keepsWhatAPublicationSaysOfOthersInItsOrderAndTellsTheOthers() {
        write("brief-2013", "Mali's unfinished bargain");
        write("report-2024", "Mali ten years on", new Relation(Kind.SUPERSEDES, "brief-2013"));
        write(
                "commentary",
                "A reply on Mali",
                new Relation(Kind.RESPONDS_TO, "report-2024"),
                new Relation(Kind.FOLLOWS_UP, "brief-2013"));

        assertThat(catalog().find("commentary").orElseThrow().relations())
                .containsExactly(
                        new Relation(Kind.RESPONDS_TO, "report-2024"), new Relation(Kind.FOLLOWS_UP, "brief-2013"));
        assertThat(catalog().relationsTo(List.of("brief-2013")))
                .containsExactlyInAnyOrder(
                        new Catalog.RelationTo("report-2024", new Relation(Kind.SUPERSEDES, "brief-2013")),
                        new Catalog.RelationTo("commentary", new Relation(Kind.FOLLOWS_UP, "brief-2013")));
        assertThat(catalog().relationsTo(List.of("commentary"))).isEmpty();
    }

    @Test
    default void keepsARelationToAPublicationThatHasNotArrivedYet() {
        write("report-2024", "Mali ten years on", new Relation(Kind.SUPERSEDES, "brief-2013"));
        write("brief-2013", "Mali's unfinished bargain");

        assertThat(catalog().relationsTo(List.of("brief-2013")))
                .containsExactly(new Catalog.RelationTo("report-2024", new Relation(Kind.SUPERSEDES, "brief-2013")));
    }

    @Test
    default void refusesARelationToItselfWithTheFieldsError() {
        WriteResult result = catalog()
                .write(List.of(List.of(Incoming.whole(publication(
                        "self", "Itself", new Relation(Kind.UPDATES, "other"), new Relation(Kind.UPDATES, "self"))))))
                .get(0);

        assertThat(result).isInstanceOfSatisfying(WriteResult.Failed.class, f -> {
            assertThat(f.field()).isEqualTo("relations.updates");
            assertThat(f.message()).contains("cannot be related to itself");
        });
        assertThat(catalog().find("self")).isEmpty();
    }

    @Test
    default void refusesARelationThatWouldGoRoundAndKeepsWhatWasStored() {
        write("a", "First");
        write("b", "Second", new Relation(Kind.FOLLOWS_UP, "a"));
        write("c", "Third", new Relation(Kind.SUPERSEDES, "b"));

        WriteResult result = catalog()
                .write(List.of(List.of(Incoming.whole(publication("a", "First", new Relation(Kind.PART_OF, "c"))))))
                .get(0);

        assertThat(result).isInstanceOfSatisfying(WriteResult.Failed.class, f -> {
            assertThat(f.field()).isEqualTo("relations.part_of");
            assertThat(f.message())
                    .isEqualTo("'c' already leads back to 'a' ('c' supersedes 'b', 'b' follows up 'a'), so this would"
                            + " make a cycle");
        });
        assertThat(catalog().find("a").orElseThrow().relations()).isEmpty();
    }

    @Test
    default void marksThePublicationsARelationNamesAsChangedForTheirPagesAndRecords() {
        write("brief-2013", "Mali's unfinished bargain");
        write("other", "Another brief");
        drainOutbox();

        write("report-2024", "Mali ten years on", new Relation(Kind.SUPERSEDES, "brief-2013"));
        assertThat(drainOutbox()).containsExactlyInAnyOrder("report-2024", "brief-2013");

        write("report-2024", "Mali ten years on", new Relation(Kind.SUPERSEDES, "other"));
        assertThat(drainOutbox()).containsExactlyInAnyOrder("report-2024", "brief-2013", "other");
    }

    private List<String> drainOutbox() {
        List<Outbox.Entry> pending = outbox().claim("node-a", 100, HOLD);
        outbox().done(pending.stream().map(Outbox.Entry::id).toList());
        return pending.stream().map(Outbox.Entry::publicationId).toList();
    }

    private void write(String id, String title, Relation... relations) {
        WriteResult result = catalog()
                .write(List.of(List.of(Incoming.whole(publication(id, title, relations)))))
                .get(0);
        assertThat(result).as("%s is written", id).isInstanceOf(WriteResult.Written.class);
    }

    private static Publication publication(String id, String title, Relation... relations) {
        return Publication.builder()
                .id(id)
                .title(title)
                .status(Status.PUBLISHED)
                .relations(List.of(relations))
                .build();
    }
}
