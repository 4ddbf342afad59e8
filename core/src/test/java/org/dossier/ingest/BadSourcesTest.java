package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.ReaderSupport.readAll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each reader does with a bad byte, a cut-short file or a broken header: the bad record is reported at its
 * own line, and every good record before and after it is read.
 */
class BadSourcesTest {
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};
    private final Gazetteer gazetteer = Gazetteer.standard();

    @TempDir
    Path tmp;

    @Test
    void aBadByteOnOneJsonLineCostsOnlyThatLine() throws Exception {
        for (int bad : List.of(2, 10)) {
            Path file = Files.write(tmp.resolve("bad" + bad + ".jsonl"), withBadByteOnLine(jsonLines(30), bad));

            List<Parsed> parsed = readAll(new JsonLinesReader(file));

            assertThat(units(parsed)).hasSize(29);
            assertThat(errors(parsed)).containsExactly("bad" + bad + ".jsonl:" + bad + ": is not UTF-8 text; skipped");
        }
    }

    @Test
    void aCutShortGzipKeepsEveryRecordBeforeTheCutAndSaysWhere() throws Exception {
        byte[] whole = ReaderSupport.gzip(jsonLines(200));
        Path file = Files.write(tmp.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));

        List<Parsed> parsed = readAll(new JsonLinesReader(file));

        assertThat(units(parsed)).hasSizeBetween(100, 199);
        assertThat(errors(parsed).get(errors(parsed).size() - 1))
                .matches("cut\\.jsonl\\.gz:\\d+: "
                        + "the compressed file ends early, in or after this line \\(.+\\): "
                        + "the records before it are kept");
    }

    @Test
    void aYearThatIsNoYearIsReportedAtItsLineAndTheOthersAreRead() throws Exception {
        StringBuilder s = new StringBuilder();
        int[] years = {2012, 0, 2013, -7, 2014, 99999, 2015};
        for (int i = 0; i < years.length; i++) {
            s.append("{\"id\": \"MLI_")
                    .append(i)
                    .append("\", \"iso3\": \"MLI\", \"session\": 67, \"year\": ")
                    .append(years[i])
                    .append(", \"text\": \"Text ")
                    .append(i)
                    .append("\"}\n");
        }
        Path file = Files.writeString(tmp.resolve("ungdc.jsonl"), s);

        List<Parsed> parsed = readAll(new UngdcReader(file, gazetteer));

        assertThat(units(parsed)).hasSize(4);
        assertThat(errors(parsed))
                .containsExactly(
                        "ungdc.jsonl:2: year: 0 is not a year",
                        "ungdc.jsonl:4: year: -7 is not a year",
                        "ungdc.jsonl:6: year: 99999 is not a year");
    }

    @Test
    void aBadByteInAPaxRowCostsOnlyThatRowAndNeverLoops() throws Exception {
        byte[] sample = Files.readAllBytes(ReaderSupport.fixture("pax-sample.csv"));
        List<Parsed> whole = readAll(new PaxReader(ReaderSupport.fixture("pax-sample.csv"), gazetteer));
        Path file = Files.write(tmp.resolve("pax.csv"), withBadByteOnLine(sample, 3));

        List<Parsed> parsed = readAll(new PaxReader(file, gazetteer));

        assertThat(errors(parsed))
                .contains("pax.csv:2: is not UTF-8 text; skipped")
                .hasSize(errors(whole).size() + 1);
        assertThat(units(parsed)).hasSize(units(whole).size() - 1);
    }

    @Test
    void aPaxHeaderWithAByteOrderMarkIsReadAndABrokenOneIsNamed() throws Exception {
        byte[] sample = Files.readAllBytes(ReaderSupport.fixture("pax-sample.csv"));
        String text = new String(sample, StandardCharsets.UTF_8);
        int expected = units(readAll(new PaxReader(ReaderSupport.fixture("pax-sample.csv"), gazetteer)))
                .size();
        Path bom = Files.writeString(tmp.resolve("bom.csv"), "\uFEFF" + text);
        Path twice = Files.writeString(tmp.resolve("twice.csv"), text.replaceFirst("Stage", "AgtId"));
        Path unnamed = Files.writeString(tmp.resolve("unnamed.csv"), text.replaceFirst(",Lgt,", ",,"));
        Path badHeader = Files.write(tmp.resolve("badheader.csv"), withBadByteOnLine(sample, 1));

        assertThat(units(readAll(new PaxReader(bom, gazetteer)))).hasSize(expected);
        assertThat(errors(readAll(new PaxReader(twice, gazetteer))))
                .containsExactly("twice.csv:1: AgtId: named more than once in the header: which to read is not known");
        assertThat(units(readAll(new PaxReader(unnamed, gazetteer)))).hasSize(expected);
        assertThat(errors(readAll(new PaxReader(badHeader, gazetteer))))
                .containsExactly("badheader.csv:1: the header is not UTF-8 text");
    }

    @Test
    void aPageCutShortInsideItsRelatedPublicationsSaysSo() throws Exception {
        String page = Files.readString(ReaderSupport.fixture("page-with-cards.txt"));
        Path cut =
                Files.writeString(tmp.resolve("cut.txt"), page.substring(0, page.lastIndexOf("What Peace Committees")));

        List<Parsed> parsed = readAll(new PageTextReader(cut, PageFacts.NONE, PageTextReader.defaultVocabulary()));

        assertThat(((ImportUnit) parsed.get(parsed.size() - 1)).notes())
                .anyMatch(
                        n -> n.startsWith(
                                "the page ends inside Related Publications, before \"View All Publications\": it may be cut short"));
    }

    private static byte[] jsonLines(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> "{\"id\":\"A" + i + "\",\"title\":\"Record " + i + "\"}\n")
                .reduce("", String::concat)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The text with a byte sequence that is not UTF-8 put at the start of a line (counted from 1). */
    private static byte[] withBadByteOnLine(byte[] text, int line) {
        return ReaderSupport.insert(text, ReaderSupport.offsetOfLine(text, line), NOT_UTF8);
    }

    static List<ImportUnit> units(List<Parsed> parsed) {
        return parsed.stream()
                .filter(ImportUnit.class::isInstance)
                .map(ImportUnit.class::cast)
                .toList();
    }

    static List<String> errors(List<Parsed> parsed) {
        return parsed.stream()
                .filter(RecordError.class::isInstance)
                .map(Object::toString)
                .toList();
    }
}
