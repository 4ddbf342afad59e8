package org.dossier.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;

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

    /**
     * The ReliefWeb theme sample: one report per nid (id "reliefweb:" and the nid), the first line of its post the
     * title, the rest its text, its themes its topics.
     */
    public static List<Publication> reliefWeb(Path data) throws IOException {
        Map<String, Publication.Builder> reports = new LinkedHashMap<>();
        Map<String, List<String>> themes = new LinkedHashMap<>();
        try (Reader in =
                Files.newBufferedReader(data.resolve("reliefweb_report_theme_en-1k.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                String id = "reliefweb:" + row.get("nid");
                String post = row.get("post").strip();
                int end = post.indexOf('\n');
                reports.computeIfAbsent(
                        id,
                        x -> Publication.builder()
                                .id(id)
                                .slug("report-" + row.get("nid"))
                                .title(end < 0 ? post : post.substring(0, end).strip())
                                .body(end < 0 ? "" : post.substring(end + 1).strip())
                                .type("Report")
                                .date(PublicationDate.parse("2020"))
                                .status(Status.PUBLISHED));
                themes.computeIfAbsent(id, x -> new ArrayList<>()).add(row.get("theme_name"));
            }
        }
        List<Publication> out = new ArrayList<>();
        reports.forEach((id, b) ->
                out.add(b.topics(themes.get(id).stream().distinct().toList()).build()));
        out.sort(Comparator.comparing(Publication::id));
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
