package org.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.publication.Slugs;

/**
 * Writes N publications made of UNGDC paragraphs as Dossier JSON Lines, each with its own id, slug and
 * source, for a harvest benchmark of a large repository: {@code OaiCorpus DATA-FOLDER OUT.jsonl N}.
 */
public final class OaiCorpus {
    private OaiCorpus() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        List<Publication> paragraphs = BenchCorpus.ungdcParagraphs(data, Gazetteer.standard(), count);
        JsonLinesCodec codec = new JsonLinesCodec();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            int n = 0;
            for (Publication p : paragraphs) {
                String suffix = "-p" + (++n);
                out.write(codec.write(p.toBuilder()
                        .id(p.id().replace('#', '-'))
                        .slug(Slugs.of(p.title()) + suffix)
                        .sourceIds(List.of(p.sourceIds().get(0) + suffix))
                        .related(List.of())
                        .build()));
                out.write('\n');
            }
        }
    }
}
