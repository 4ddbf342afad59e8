package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;

/**
 * The corpora of the benchmarks, read with Dossier's own importers (no store: ids are the source ids,
 * people's ids their identity keys): UNGDC + PA-X as imported, and UNGDC cut into paragraphs, each a
 * publication of its own, for a corpus of 100k.
 */
public final class BenchCorpus {
    private BenchCorpus() {}

    public static List<Publication> ungdcAndPax(Path data, Gazetteer gazetteer) throws IOException {
        List<Publication> out = new ArrayList<>();
        read(new UngdcReader(data.resolve("ungdc_1946_2024.jsonl.gz"), gazetteer), out::add);
        read(new PaxReader(data.resolve("pax_public.csv"), gazetteer), out::add);
        return out;
    }

    public static List<Publication> ungdc(Path data, Gazetteer gazetteer) throws IOException {
        List<Publication> out = new ArrayList<>();
        read(new UngdcReader(data.resolve("ungdc_1946_2024.jsonl.gz"), gazetteer), out::add);
        return out;
    }

    public static List<Publication> pax(Path data, Gazetteer gazetteer) throws IOException {
        List<Publication> out = new ArrayList<>();
        read(new PaxReader(data.resolve("pax_public.csv"), gazetteer), out::add);
        return out;
    }

    /** UNGDC paragraphs of at least 200 characters, until {@code count}. */
    public static List<Publication> ungdcParagraphs(Path data, Gazetteer gazetteer, int count) throws IOException {
        List<Publication> out = new ArrayList<>(count);
        read(new UngdcReader(data.resolve("ungdc_1946_2024.jsonl.gz"), gazetteer), statement -> {
            String[] paragraphs = statement.body().split("\n");
            int n = 0;
            for (String paragraph : paragraphs) {
                if (paragraph.length() >= 200 && out.size() < count) {
                    n++;
                    out.add(statement.toBuilder()
                            .id(statement.id() + "#" + n)
                            .title(statement.title() + " (paragraph " + n + ")")
                            .body(paragraph)
                            .build());
                }
            }
        });
        if (out.size() < count) {
            throw new IllegalStateException("only " + out.size() + " paragraphs of 200+ characters");
        }
        return out;
    }

    private static void read(RecordReader reader, Consumer<Publication> sink) throws IOException {
        try (reader) {
            for (Parsed p = reader.next(); p != null; p = reader.next()) {
                if (p instanceof ImportUnit unit) {
                    Publication pub = unit.publications().get(0).publication();
                    sink.accept(pub.toBuilder()
                            .id(pub.sourceIds().get(0))
                            .authors(pub.authors().stream()
                                    .map(a -> new Authorship(
                                            a.person()
                                                    .withId("person:"
                                                            + a.person().identityKey()),
                                            a.role()))
                                    .toList())
                            .build());
                }
            }
        }
    }
}
