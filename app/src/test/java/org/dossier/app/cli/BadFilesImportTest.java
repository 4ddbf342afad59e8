package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.ReaderSupport.gzip;
import static org.dossier.ingest.ReaderSupport.insert;
import static org.dossier.ingest.ReaderSupport.offsetOfLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.SharedData;
import org.dossier.ingest.ReaderSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files through the command line, as the hostile-input probe made them: each says where it is wrong, every good
 * record is stored, and the import ends (exit 1: some records failed, the rest are in).
 */
@Tag("slow")
class BadFilesImportTest {
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};

    @TempDir
    Path tmp;

    @Test
    void aBadByteInTheMiddleOfPaxCostsOneAgreementAndNeverLoops() throws Exception {
        byte[] pax = Files.readAllBytes(SharedData.file("data/pax_public.csv"));
        Path file = Files.write(tmp.resolve("pax.csv"), insert(pax, pax.length / 2, NOT_UTF8));

        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.startsWith("pax.csv:")))
                .singleElement()
                .asString()
                .matches("pax\\.csv:\\d+: is not UTF-8 text; skipped");
        assertThat(run.out()).contains("pax.csv (pax): created 2256, updated 0, unchanged 0, failed 1");
    }

    @Test
    void aBadByteOnLineTenOfJsonLinesCostsThatLineOnly() throws Exception {
        Path file =
                Files.write(tmp.resolve("in.jsonl"), insert(jsonLines(30), offsetOfLine(jsonLines(30), 10), NOT_UTF8));

        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("in.jsonl:10: is not UTF-8 text; skipped");
        assertThat(run.out()).contains("created 29, updated 0, unchanged 0, failed 1");
    }

    @Test
    void aCutShortGzipKeepsWhatWasReadAndSaysWhereItEnds() throws Exception {
        byte[] whole = gzip(jsonLines(300));
        Path file = Files.write(tmp.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern(
                        "cut\\.jsonl\\.gz:\\d+: the compressed file ends early, in or after this line \\(.+\\): "
                                + "the records before it are kept");
        assertThat(run.out()).containsPattern("created (1\\d\\d|2\\d\\d), updated 0, unchanged 0, failed [12]");
    }

    @Test
    void aTenMegabyteJunkLineInASavedPageIsRefusedByNameWithoutFloodingTheTerminal() throws Exception {
        String page = new String(
                ReaderSupport.class
                        .getResourceAsStream("/fixtures/page-with-cards.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String junk = "Q".repeat(10 * 1024 * 1024);
        Path file = Files.writeString(
                tmp.resolve("junk.txt"), page.replace("Justice, Security & Rule of LawPeace Processes", junk));

        CliRun run = CliRun.of(
                "--data",
                tmp.resolve("data").toString(),
                "import",
                file.toString(),
                "--title",
                "Junk",
                "--date",
                "2024");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("junk.txt:1: topics: a text here has at most 200 characters; this one has 10,485,760");
        assertThat(run.err().length() + run.out().length()).isLessThan(5_000);
    }

    private static byte[] jsonLines(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> "{\"id\":\"J" + i + "\",\"title\":\"Record " + i + "\"}\n")
                .collect(Collectors.joining())
                .getBytes(StandardCharsets.UTF_8);
    }
}
