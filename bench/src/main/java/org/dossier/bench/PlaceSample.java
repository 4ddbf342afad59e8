package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.publication.Publication;

/**
 * A fixed sample of ReliefWeb reports (by a hash of their ids) whose place suggestions were judged by hand, read
 * from the shared data so that no report's text is kept in the project.
 */
final class PlaceSample {
    static final int SIZE = 40;

    private PlaceSample() {}

    /** The sampled reports' nid, title and text. */
    static List<String[]> reports(Path data) throws IOException {
        List<String[]> all = new ArrayList<>();
        for (Publication p : BenchCorpus.reliefWeb(data)) {
            all.add(new String[] {p.id().substring(p.id().indexOf(':') + 1), p.title(), p.body() == null ? "" : p.body()
            });
        }
        all.sort(Comparator.comparingInt((String[] r) -> r[0].hashCode() * 0x9E3779B9)
                .thenComparing(r -> r[0]));
        return all.subList(0, Math.min(SIZE, all.size()));
    }
}
