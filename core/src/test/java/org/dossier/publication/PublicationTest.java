package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aPublicationGivenNoStatusIsADraftThatReadersDoNotSee() {
        Publication p = Publication.builder().title("Untouched").build();

        assertThat(p.status()).isEqualTo(Status.DRAFT);
        assertThat(p.visibleAt(NOW)).isFalse();
    }

    @Test
    void readersSeeAPublishedOneOnlyOnceItsEmbargoHasPassed() {
        Publication p = Publication.builder()
                .title("Timed")
                .status(Status.PUBLISHED)
                .embargoUntil(NOW.plusSeconds(1))
                .build();

        assertThat(p.visibleAt(NOW)).isFalse();
        assertThat(p.visibleAt(NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void twoPublicationsSayTheSameWhateverTheirIdsTimesAndSourcesButNotWithAnotherAuthorDetail() {
        Publication p = Publication.builder()
                .id("A")
                .title("Grain")
                .sourceId("x:1")
                .created(NOW)
                .updated(NOW)
                .author(new Authorship(new Person("P1", "Ena Dion", null, "Researcher", null), null))
                .build();
        Publication copy = p.toBuilder()
                .id("B")
                .sourceIds(List.of("y:2"))
                .created(NOW.plusSeconds(5))
                .updated(null)
                .build();
        Publication newBio = p.toBuilder()
                .authors(List.of(new Authorship(new Person("P1", "Ena Dion", null, "Director", null), null)))
                .build();

        assertThat(p.sameContentAs(copy)).isTrue();
        assertThat(p.sameContentAs(newBio)).isFalse();
    }
}
