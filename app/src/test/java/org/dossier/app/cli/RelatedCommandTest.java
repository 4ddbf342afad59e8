package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("site")
class RelatedCommandTest {

    @TempDir
    Path tmp;

    private String data;

    @BeforeEach
    void importThreePublications() throws Exception {
        data = tmp.resolve("data").toString();
        Path file = tmp.resolve("in.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"id\":\"A\",\"title\":\"Alpha\",\"date\":\"2020-01-01\",\"related\":[\"B\"]}",
                                "{\"id\":\"B\",\"title\":\"Beta\"}",
                                "{\"id\":\"C\",\"title\":\"Gamma\"}")
                        + "\n");
        assertThat(CliRun.of("--data", data, "import", file.toString()).exitCode())
                .isZero();
    }

    @Test
    void pinsInOrderAndBansAndSaysSo() {
        CliRun pinned = CliRun.of("--data", data, "related", "A", "--pin", "C", "--at", "1");
        CliRun banned = CliRun.of("--data", data, "related", "/publications/2020/01/alpha", "--ban", "B");

        assertThat(pinned.exitCode()).isZero();
        assertThat(pinned.out()).contains("Pinned, in order:\n  1. Gamma (C)\n  2. Beta (B)\nBanned:\n  none");
        assertThat(banned.out()).contains("Pinned, in order:\n  1. Gamma (C)\nBanned:\n  - Beta (B)");
    }

    @Test
    void saysHowItRelatesToOthersAndShowsBothSides() {
        CliRun related = CliRun.of(
                "--data",
                data,
                "related",
                "C",
                "--relate",
                "supersedes=/publications/2020/01/alpha",
                "--relate",
                "responds_to=B");
        CliRun other = CliRun.of("--data", data, "related", "A");
        CliRun undone = CliRun.of("--data", data, "related", "C", "--unrelate", "responds_to=B");

        assertThat(related.exitCode()).isZero();
        assertThat(related.out()).contains("Relations:\n  Supersedes: Alpha (A)\n  Responds to: Beta (B)\n");
        assertThat(other.out()).contains("Relations:\n  Superseded by: Gamma (C)\n");
        assertThat(undone.out())
                .contains("Relations:\n  Supersedes: Alpha (A)\n")
                .doesNotContain("Beta (B)\n");
    }

    @Test
    void refusesARelationThatWouldGoRoundOrIsNotAKind() {
        CliRun.of("--data", data, "related", "C", "--relate", "supersedes=A");
        CliRun cycle = CliRun.of("--data", data, "related", "A", "--relate", "follows_up=C");
        CliRun unknown = CliRun.of("--data", data, "related", "A", "--relate", "replaces=C");

        assertThat(cycle.exitCode()).isEqualTo(2);
        assertThat(cycle.err())
                .contains("could not save: relations.follows_up: 'C' already leads back to 'A' ('C' supersedes 'A'),"
                        + " so this would make a cycle");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("'replaces=C' is not KIND=OTHER with KIND one of updates, supersedes, responds_to,"
                        + " follows_up, part_of");
    }

    @Test
    void refusesUnknownPublicationsAndItself() {
        CliRun unknown = CliRun.of("--data", data, "related", "A", "--pin", "NOPE");
        CliRun itself = CliRun.of("--data", data, "related", "A", "--ban", "A");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no publication has the id or path NOPE");
        assertThat(itself.exitCode()).isEqualTo(2);
        assertThat(itself.err()).contains("a publication cannot be related to itself: A");
    }
}
