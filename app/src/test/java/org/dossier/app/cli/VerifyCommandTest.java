package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("site")
class VerifyCommandTest {

    @TempDir
    Path tmp;

    @Test
    void findsWhatTheIndexLostOrShouldNotHaveAndRepairsIt() throws Exception {
        String data = tmp.resolve("data").toString();
        Path file = tmp.resolve("in.jsonl");
        Files.writeString(
                file,
                "{\"id\":\"A\",\"title\":\"Alpha\",\"status\":\"published\"}\n"
                        + "{\"id\":\"B\",\"title\":\"Beta\",\"status\":\"published\"}\n");
        assertThat(CliRun.of("--data", data, "import", file.toString()).exitCode())
                .isZero();
        CliRun first = CliRun.of("--data", data, "verify");
        assertThat(first.out()).contains("store: 2 publications readers may see; index: 2 publications", "no drift");
        try (LuceneSearchIndex index = new LuceneSearchIndex(Path.of(data, "index"), Gazetteer.standard())) {
            index.delete(List.of("B"));
            index.index(List.of(Publication.builder().id("Z").title("Stray").build()));
            index.refresh();
        }

        CliRun drifted = CliRun.of("--data", data, "verify");
        CliRun repaired = CliRun.of("--data", data, "verify", "--repair");
        CliRun after = CliRun.of("--data", data, "verify");

        assertThat(drifted.exitCode()).isEqualTo(1);
        assertThat(drifted.out())
                .contains(
                        "1 missing from the index: B",
                        "1 in the index but not visible in the store: Z",
                        "run dossier verify --repair to repair it");
        assertThat(repaired.exitCode()).isZero();
        assertThat(repaired.out()).contains("1 missing from the index: B", "repaired");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).contains("no drift: the index agrees with the store");
    }
}
