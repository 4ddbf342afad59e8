package org.dossier.semantic;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;
import org.dossier.search.Embedder;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised, 384 dimensions), run by ONNX Runtime on the CPU from the
 * model its Maven package carries. It reads the first 256 word pieces of a text: the title and summary say
 * what a publication is about, so they come first in what is given to it.
 */
public final class MiniLmEmbedder implements Embedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    /** Texts of a batch are embedded on the threads of {@code executor}. */
    public MiniLmEmbedder(Executor executor) {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    @Override
    public String model() {
        return "all-MiniLM-L6-v2-q";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> unit(e.vector()))
                .toList();
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
