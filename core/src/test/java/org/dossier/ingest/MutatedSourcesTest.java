package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every import format against seeded damage ({@link Mutation}, a fixed seed per case, so that a failure can be
 * replayed): the read ends in time without looping, every error names a line of the file, and every record the
 * damage did not touch is read whole. {@code bench/import-fuzz.sh} runs many more cases with other seeds.
 */
class MutatedSourcesTest {
    /** Cases per format, and the seed of the first: {@code -Ddossier.fuzz.cases=5000 -Ddossier.fuzz.seed=1000} for more. */
    static final int CASES = Integer.getInteger("dossier.fuzz.cases", 100);

    static final int FIRST_SEED = Integer.getInteger("dossier.fuzz.seed", 0);
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @TempDir
    Path tmp;

    enum Format {
        JSON_LINES(false),
        UNGDC(false),
        PAX(true),
        PAGE_TEXT(false);

        final boolean csv;

        Format(boolean csv) {
            this.csv = csv;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Format.values())
                .flatMap(f -> IntStream.range(FIRST_SEED, FIRST_SEED + CASES).mapToObj(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void damageCostsOnlyTheRecordsItTouches(Format format, int seed) throws Exception {
        check(format, new Random(seed), tmp);
    }

    /** Damages the format's sample once and checks what is read from it. */
    static void check(Format format, Random random, Path dir) throws Exception {
        byte[] source = sample(format);
        Path original = Files.write(dir.resolve("original" + extension(format)), source);
        List<Parsed> before = readAll(format, original);
        Mutation damage = Mutation.of(random, source, format.csv);
        Path damaged = Files.write(dir.resolve("damaged" + extension(format)), damage.bytes());
        long lines = damage.bytes().length == 0
                ? 1
                : new String(damage.bytes(), StandardCharsets.ISO_8859_1)
                                .lines()
                                .count()
                        + 1;

        List<Parsed> after =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readAll(format, damaged), damage.kind());

        List<Publication> read = BadSourcesTest.units(after).stream()
                .flatMap(u -> u.publications().stream())
                .map(i -> i.publication())
                .toList();
        assertThat(after).as(damage.kind()).hasSizeLessThanOrEqualTo((int) lines + 5);
        assertThat(after)
                .filteredOn(RecordError.class::isInstance)
                .map(e -> ((RecordError) e).location().line())
                .as(damage.kind())
                .allMatch(line -> line >= 1 && line <= lines);
        boolean headerHit = format.csv && damage.firstLine() <= 1; // every row is read by the header's names
        for (Spanned record : spans(before, source)) {
            if (!headerHit && damage.spares(record.first(), record.last())) {
                assertThat(read)
                        .as(damage.kind() + " at lines " + damage.firstLine() + "–" + damage.lastLine()
                                + " spares lines " + record.first() + "–" + record.last())
                        .containsAll(record.publications());
            }
        }
    }

    /** A record of the sample, the lines it spans and what it holds. */
    record Spanned(long first, long last, List<Publication> publications) {}

    private static List<Spanned> spans(List<Parsed> parsed, byte[] source) {
        long total = new String(source, StandardCharsets.ISO_8859_1).lines().count();
        List<Spanned> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof ImportUnit unit) {
                long next = i + 1 < parsed.size() ? location(parsed.get(i + 1)) - 1 : total;
                out.add(new Spanned(
                        unit.location().line(),
                        Math.max(unit.location().line(), next),
                        unit.publications().stream().map(p -> p.publication()).toList()));
            }
        }
        return out;
    }

    private static long location(Parsed p) {
        return p instanceof ImportUnit u
                ? u.location().line()
                : ((RecordError) p).location().line();
    }

    private static List<Parsed> readAll(Format format, Path file) throws IOException {
        return ReaderSupport.readAll(
                switch (format) {
                    case JSON_LINES -> new JsonLinesReader(file);
                    case UNGDC -> new UngdcReader(file, GAZETTEER);
                    case PAX -> new PaxReader(file, GAZETTEER);
                    case PAGE_TEXT -> new PageTextReader(file, PageFacts.NONE, PageTextReader.defaultVocabulary());
                });
    }

    private static String extension(Format format) {
        return switch (format) {
            case JSON_LINES, UNGDC -> ".jsonl";
            case PAX -> ".csv";
            case PAGE_TEXT -> ".txt";
        };
    }

    /** A sample of the format with many records, with accents, typographic quotes and multi-line cells. */
    static byte[] sample(Format format) throws IOException {
        StringBuilder s = new StringBuilder();
        switch (format) {
            case JSON_LINES ->
                IntStream.rangeClosed(1, 40)
                        .forEach(i -> s.append("{\"id\":\"R")
                                .append(i)
                                .append("\",\"title\":\"Schädel’s report ")
                                .append(i)
                                .append("\",\"date\":\"2020-0")
                                .append(1 + i % 9)
                                .append("\",\"topics\":[\"Peace Processes\"],\"body\":\"First paragraph ")
                                .append(i)
                                .append(".\\n\\nSecond.\"}\n"));
            case UNGDC ->
                IntStream.rangeClosed(1, 40)
                        .forEach(i -> s.append("{\"id\":\"MLI_")
                                .append(i)
                                .append("\",\"iso3\":\"MLI\",")
                                .append("\"session\":")
                                .append(60 + i)
                                .append(",\"year\":")
                                .append(1980 + i)
                                .append(
                                        ",\"speaker\":\"Aminata Traoré\",\"post\":\"Minister\",\"text\":\"Monsieur le Président, année ")
                                .append(i)
                                .append(".\"}\n"));
            case PAX -> {
                String sample = Files.readString(ReaderSupport.fixture("pax-sample.csv"));
                String header = sample.substring(0, sample.indexOf('\n') + 1);
                s.append(header);
                String first = firstRecord(sample.substring(header.length()));
                for (int i = 1; i <= 25; i++) {
                    s.append(first.replace("9001", String.valueOf(9100 + i))
                            .replace("Sample Accord", "Sample Accord " + i));
                }
            }
            case PAGE_TEXT -> s.append(Files.readString(ReaderSupport.fixture("page-with-cards.txt")));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first record of a CSV's rows: up to the first line break outside quotes, with it. */
    private static String firstRecord(String rows) {
        boolean quoted = false;
        for (int i = 0; i < rows.length(); i++) {
            char c = rows.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                return rows.substring(0, i + 1);
            }
        }
        return rows + "\n";
    }
}
