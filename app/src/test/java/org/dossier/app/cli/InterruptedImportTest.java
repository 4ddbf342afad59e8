package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed with SIGKILL half-way, then run again, ends with every record exactly once. */
@Tag("slow")
class InterruptedImportTest {

    @TempDir
    Path tmp;

    @Test
    void endsWithEveryStatementExactlyOnceAfterAKillAndARerun() throws Exception {
        Path corpus = SharedData.file("data/ungdc_1946_2024.jsonl.gz");
        Path data = tmp.resolve("data");

        Process first = dossier(data, corpus);
        long seenBeforeKill = await().atMost(Duration.ofMinutes(3))
                .failFast("the import stopped", () -> !first.isAlive())
                .until(() -> countIfReady(data), n -> n >= 2000);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long afterKill = count(data, "SELECT COUNT(*) FROM publication");

        CliRun rerun = CliRun.of("--data", data.toString(), "import", corpus.toString());

        assertThat(seenBeforeKill).isGreaterThanOrEqualTo(2000);
        assertThat(afterKill).isLessThan(10952);
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.out())
                .contains("created " + (10952 - afterKill) + ", updated 0, unchanged " + afterKill + ", failed 0");
        assertThat(count(data, "SELECT COUNT(*) FROM publication")).isEqualTo(10952);
        assertThat(count(
                        data,
                        "SELECT COUNT(DISTINCT source_id) FROM publication_source WHERE source_id LIKE 'ungdc:%'"))
                .isEqualTo(10952);
    }

    private static Process dossier(Path data, Path corpus) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        classpath,
                        Dossier.class.getName(),
                        "--data",
                        data.toString(),
                        "import",
                        corpus.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long countIfReady(Path data) {
        try {
            return count(data, "SELECT COUNT(*) FROM publication");
        } catch (SQLException notYetCreated) {
            return 0;
        }
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("dossier.db") + "?open_mode=1");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
