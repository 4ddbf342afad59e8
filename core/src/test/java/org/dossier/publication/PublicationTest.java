package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        Publication p = Publication.builder().title("Timed").status(Status.PUBLISHED).embargoUntil(NOW.plusSeconds(1)).build();

        assertThat(p.visibleAt(NOW)).isFalse();
        assertThat(p.visibleAt(NOW.plusSeconds(1))).isTrue();
    }
}
