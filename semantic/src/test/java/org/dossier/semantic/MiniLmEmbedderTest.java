package org.dossier.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private final MiniLmEmbedder embedder = new MiniLmEmbedder(ForkJoinPool.commonPool());

    @Test
    void placesTextsAboutTheSameThingCloserThanTextsAboutDifferentThings() {
        List<float[]> v = embedder.embed(List.of(
                "Handing power to the regions of northern Mali to end the Tuareg rebellion",
                "Decentralisation as a way out of the conflict in the Sahel",
                "Interest rates and the price of government bonds in Japan"));

        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.2);
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(embedder.dimensions()));
        assertThat(cosine(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
