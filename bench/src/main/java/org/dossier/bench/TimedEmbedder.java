package org.dossier.bench;

import java.util.List;
import org.dossier.search.Embedder;

/** An embedder that counts what it embedded and the time it took, for a throughput figure. */
final class TimedEmbedder implements Embedder {
    private final Embedder embedder;
    private long texts;
    private long nanos;

    TimedEmbedder(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String model() {
        return embedder.model();
    }

    @Override
    public int dimensions() {
        return embedder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> batch) {
        long start = System.nanoTime();
        List<float[]> out = embedder.embed(batch);
        nanos += System.nanoTime() - start;
        texts += batch.size();
        return out;
    }

    String report() {
        return String.format(
                java.util.Locale.ROOT,
                "%s embedded %,d texts in %.1f s: %.0f per second",
                model(),
                texts,
                nanos / 1e9,
                texts / (nanos / 1e9));
    }
}
