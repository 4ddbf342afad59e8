package org.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.enrich.Isotonic.Observation;
import org.junit.jupiter.api.Test;

class IsotonicTest {

    @Test
    void poolsScoresThatWouldOtherwiseBeLessLikelyRightThanLowerOnes() {
        Isotonic fitted = Isotonic.fit(List.of(
                new Observation(0.1, false),
                new Observation(0.2, true),
                new Observation(0.3, false),
                new Observation(0.4, true),
                new Observation(0.5, true)));

        assertThat(fitted.probability(0.1)).isZero();
        assertThat(fitted.probability(0.25)).isEqualTo(0.5);
        assertThat(fitted.probability(0.3)).isEqualTo(0.5);
        assertThat(fitted.probability(0.45)).isEqualTo(1.0);
        assertThat(fitted.probability(0.9)).as("above the highest score seen").isEqualTo(1.0);
        assertThat(fitted.probability(0.01)).as("under the lowest score seen").isZero();
    }

    @Test
    void judgesEqualScoresTogether() {
        Isotonic fitted = Isotonic.fit(
                List.of(new Observation(0.5, true), new Observation(0.5, false), new Observation(0.5, false)));

        assertThat(fitted.probability(0.5)).isEqualTo(1.0 / 3);
    }

    @Test
    void knowsNothingFromNothing() {
        assertThat(Isotonic.fit(List.of()).probability(0.7)).isZero();
    }
}
