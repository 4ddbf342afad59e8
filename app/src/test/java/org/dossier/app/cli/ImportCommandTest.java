package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.ReaderSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("site")
class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void reportsTheBrokenLineAndImportsTheOthers() throws Exception {
        Path file = jsonl(
                "{\"id\":\"A1\",\"title\":\"One\"}",
                "{\"id\":\"A2\",\"title\":\"Two\"}",
                "{\"id\":\"A3\",\"title\":\"Three\"",
                "{\"id\":\"A4\",\"title\":\"Four\"}",
                "{\"id\":\"A5\",\"title\":\"Five\"}");

        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("in.jsonl:3: is not valid JSON: ");
        assertThat(run.out()).contains("in.jsonl (jsonl): created 4, updated 0, unchanged 0, failed 1");
    }

    @Test
    void stopsAtTheFirstFailureWhenStrict() throws Exception {
        Path file = jsonl(
                "{\"id\":\"A1\",\"title\":\"One\"}",
                "{\"id\":\"A2\",\"date\":\"2020\"}",
                "{\"id\":\"A3\",\"title\":\"Three\"}");

        CliRun run = CliRun.of(
                "import",
                file.toString(),
                "--strict",
                "--data",
                tmp.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("in.jsonl:2: title: is required");
        assertThat(run.out())
                .contains("created 1, updated 0, unchanged 0, failed 1")
                .contains("stopped at the first failure");
    }

    @Test
    void importsASavedPageWithTheFactsGivenOnTheCommandLineOnceOnly() {
        String page = ReaderSupport.briefPage().toString();
        String[] args = {
            "--data",
            tmp.resolve("data").toString(),
            "import",
            page,
            "--title",
            "Mali’s Unfinished Bargain: Decentralisation and the North",
            "--date",
            "2013-05",
            "--url",
            "https://peace.example.org/publications/2013/05/malis-unfinished-bargain"
        };

        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("created 4, updated 0, unchanged 0, failed 0");
        assertThat(first.err()).doesNotContain("needs-review");
        assertThat(second.out()).contains("created 0, updated 0, unchanged 4, failed 0");
    }

    @Test
    void putsTheFoundingExampleInMaliTheSahelAndItsTopicsAsTheReadmeShows() throws Exception {
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of(
                "--data",
                data.toString(),
                "import",
                ReaderSupport.briefPage().toString(),
                "--title",
                "Mali’s Unfinished Bargain: Decentralisation and the North",
                "--date",
                "2013-05",
                "--url",
                "https://peace.example.org/publications/2013/05/malis-unfinished-bargain",
                "--places",
                "Mali;Sahel",
                "--topics",
                "Conflict Analysis & Prevention;Democracy & Governance");
        Path export = tmp.resolve("export.jsonl");
        CliRun.of("--data", data.toString(), "export", export.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(export))
                .filteredOn(line -> line.contains("\"Mali’s Unfinished Bargain: Decentralisation"))
                .singleElement()
                .asString()
                .contains(
                        "\"places\":[\"MLI\",\"sahel\"]",
                        "\"topics\":[\"Conflict Analysis & Prevention\",\"Democracy & Governance\"]");
    }

    @Test
    void saysWhichOptionIsWrongWithExitCode2() {
        CliRun badDate = CliRun.of(
                "--data",
                tmp.resolve("data").toString(),
                "import",
                ReaderSupport.briefPage().toString(),
                "--date",
                "May 2013");
        CliRun missing = CliRun.of(
                "--data",
                tmp.resolve("data").toString(),
                "import",
                tmp.resolve("nothing.jsonl").toString());
        CliRun format = CliRun.of(
                "--data",
                tmp.resolve("data").toString(),
                "import",
                ReaderSupport.briefPage().toString(),
                "--format",
                "docx");

        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date: 'May 2013' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: " + tmp.resolve("nothing.jsonl"));
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format: 'docx' is not a format (page-text, jsonl, pax or ungdc)");
    }

    @Test
    void exportsWhatWasImportedIntoTheDataFolderItWasGiven() throws Exception {
        Path file = jsonl(
                "{\"id\":\"A1\",\"title\":\"One\",\"created\":\"2024-01-01T00:00:00Z\",\"updated\":\"2024-01-01T00:00:00Z\"}");
        Path export = tmp.resolve("export.jsonl");
        CliRun.of("--data", tmp.resolve("data").toString(), "import", file.toString());

        CliRun run = CliRun.of(
                "export", export.toString(), "--data", tmp.resolve("data").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(export))
                .isEqualTo("{\"id\":\"A1\",\"slug\":\"one\",\"title\":\"One\",\"status\":\"published\","
                        + "\"created\":\"2024-01-01T00:00:00Z\",\"updated\":\"2024-01-01T00:00:00Z\"}\n");
    }

    @Test
    void takesEachPagesFactsFromTheManifestBesideThePages() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        ReaderSupport.copyFixture("page-with-cards.txt", folder.resolve("herders.txt"));
        ReaderSupport.copyFixture("page-with-cards.txt", folder.resolve("second.txt"));
        Files.writeString(folder.resolve("README"), "not a page");
        Files.writeString(
                folder.resolve("manifest.csv"),
                String.join(
                        "\n",
                        "file,title,date,url,places",
                        "herders.txt,Herders and Farmers Along the Niger,2019-04-02,https://institute.example/publications/2019/04/herders-and-farmers,MLI;Sahel",
                        "second.txt,A Second Page,April 2019,,",
                        ""));

        CliRun run = CliRun.of("--data", tmp.resolve("data").toString(), "import", folder.toString());
        CliRun api = CliRun.of(
                "--data",
                tmp.resolve("data").toString(),
                "export",
                tmp.resolve("out.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("manifest.csv:3: date: 'April 2019' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                .contains("README: skipped");
        assertThat(run.out())
                .contains("herders.txt (page-text): created 3, updated 0, unchanged 0, failed 0")
                .contains("second.txt (page-text): created 0, updated 0, unchanged 0, failed 1");
        assertThat(api.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("out.jsonl")))
                .contains(
                        "\"slug\":\"herders-and-farmers\",\"title\":\"Herders and Farmers Along the Niger\",\"type\":\"Special Report\","
                                + "\"date\":\"2019-04-02\",\"language\":\"en\",\"status\":\"published\"")
                .contains("\"places\":[\"MLI\",\"sahel\"]");
    }

    private Path jsonl(String... lines) throws Exception {
        Path file = tmp.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
