package org.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackOffTest {
    private static final BackOff BACK_OFF = new BackOff(3, Duration.ofSeconds(1), Duration.ofSeconds(60));
    private static final Instant LAST = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void letsTheFirstFewFailuresGoFree() {
        assertThat(BACK_OFF.remaining(2, LAST, LAST)).isZero();
    }

    @Test
    void doublesTheWaitWithEachFurtherFailureUpToTheCeiling() {
        assertThat(BACK_OFF.remaining(3, LAST, LAST)).isEqualTo(Duration.ofSeconds(1));
        assertThat(BACK_OFF.remaining(4, LAST, LAST)).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACK_OFF.remaining(8, LAST, LAST)).isEqualTo(Duration.ofSeconds(32));
        assertThat(BACK_OFF.remaining(9, LAST, LAST)).isEqualTo(Duration.ofSeconds(60));
        assertThat(BACK_OFF.remaining(100, LAST, LAST)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void countsTheWaitFromTheLastFailureAndEndsItByItself() {
        assertThat(BACK_OFF.remaining(8, LAST, LAST.plusSeconds(30))).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACK_OFF.remaining(100, LAST, LAST.plusSeconds(61))).isZero();
    }
}
