package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {
    @TempDir
    Path tmp;

    @Test
    void suggestsTheCountriesAnUntaggedBriefNamesAndASummaryOnceEvenWhenRunAgain() throws Exception {
        Path file = tmp.resolve("in.jsonl");
        Files.writeString(file, """
                {"id":"E1","title":"Councils Before Guns in Mali","type":"Peace Brief","date":"2013-05","body":"Malian officials in Bamako argue that power must move to the regions. Since the rebellion of 2012, Mali has been governed from Bamako with little reach into Kidal or Gao, and elected councils have had no budgets at all.\\n\\nDecentralisation was promised in the peace agreement, and councils with real budgets are what most parties in Bamako still agree on today.\\n\\nDonors pay for soldiers and for elections, but seldom for the councils that the elections produce in the north.\\n\\nNeighbouring Algeria mediated the first talks between the government and the armed movements of the north."}
                {"id":"E2","title":"Tagged Already","places":["NER"],"summary":["A point."],"body":"Niger and Niamey again: Niger."}
                """);
        String data = tmp.resolve("data").toString();
        CliRun imported = CliRun.of("--data", data, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun first = CliRun.of("--data", data, "enrich");
        CliRun second = CliRun.of("--data", data, "enrich");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .contains(
                        "read 2 publications; new suggestions: 1 places, 0 topics, 2 summary points",
                        "no topics suggested: no publication has topics to learn from");
        assertThat(second.out()).contains("read 2 publications; new suggestions: 0 places, 0 topics, 0 summary points");
        assertThat(rows(data, "SELECT kind, value, evidence FROM suggestion WHERE kind = 'PLACE'"))
                .containsExactly("PLACE | MLI | Mali ×2, Malian ×1, Bamako ×3, Kidal ×1, Gao ×1");
        assertThat(rows(data, "SELECT publication_id FROM suggestion WHERE kind = 'SUMMARY'"))
                .containsExactly("E1", "E1");
    }

    @Test
    void suggestsTheTopicsThatTheMostAlikeTaggedPublicationsCarryAndOnlyForWhatWasImportedSince() throws Exception {
        StringBuilder tagged = new StringBuilder();
        String[] canal = {"canal", "irrigation", "sluice", "farmers", "water user association", "pump", "furrow"};
        String[] boat = {"boats", "nets", "fish catch", "landing site", "fishermen", "cold store", "outboard engine"};
        for (int i = 0; i < 12; i++) {
            tagged.append(record("I" + i, "Irrigation", canal, i)).append(record("F" + i, "Fisheries", boat, i));
        }
        Path archive = tmp.resolve("archive.jsonl");
        Files.writeString(archive, tagged);
        Path untagged = tmp.resolve("untagged.jsonl");
        Files.writeString(untagged, """
                {"id":"U1","title":"Who Repairs the Sluice?","date":"2020-03","summary":["A point."],"body":"The irrigation canal and its sluice gates are run by a water user association of farmers; the pump and the furrow need repairs every season, and farmers pay for the canal."}
                """);
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("--data", data, "import", archive.toString()).exitCode())
                .isZero();
        String importStarted = java.time.Instant.now().toString();
        Thread.sleep(5);
        assertThat(CliRun.of("--data", data, "import", untagged.toString()).exitCode())
                .isZero();

        CliRun enriched = CliRun.of("--data", data, "enrich", "--since", importStarted);

        assertThat(enriched.out())
                .contains("read 1 publications; new suggestions: 0 places, 1 topics, 0 summary points");
        assertThat(rows(data, "SELECT publication_id, value, evidence FROM suggestion WHERE kind = 'TOPIC'"))
                .singleElement()
                .asString()
                .matches("U1 \\| Irrigation \\| \\d+ of the \\d+ most alike publications · 100 % sure");
        assertThat(CliRun.of("--data", data, "enrich", "--since", "yesterday").err())
                .contains("--since: 'yesterday' is not a date (2026-11-30) or a moment (2026-11-30T14:05:00Z)");
    }

    @Test
    void suggestsPlacesAndSummariesButNoTopicsWhileARunningDossierHoldsTheIndex() throws Exception {
        Path file = tmp.resolve("one.jsonl");
        Files.writeString(file, """
                {"id":"H1","title":"Herders and Councils in Chad","body":"In Chad, herders and farmers share the wells that the councils of the east once repaired every dry season.\\n\\nN'Djamena has sent no budget to the councils of Chad since the reform was passed, and the wells have run dry one after another.\\n\\nWithout the councils, the herders now negotiate each well with each village, and the talks often fail before the rains come.\\n\\nA small fund for the repair of wells would do more for peace in the east than another round of talks in the capital."}
                """);
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("--data", data, "import", file.toString()).exitCode())
                .isZero();

        var running = new org.dossier.search.lucene.LuceneSearchIndex(
                Path.of(data, "index"), org.dossier.place.Gazetteer.standard());
        CliRun enriched;
        try {
            enriched = CliRun.of("--data", data, "enrich");
        } finally {
            running.close();
        }

        assertThat(enriched.exitCode()).isZero();
        assertThat(enriched.err())
                .contains("is in use by a running Dossier, so no topics are suggested this time; stop it and run"
                        + " enrich again for topics");
        assertThat(enriched.out())
                .contains("read 1 publications; new suggestions: 1 places, 0 topics, 2 summary points");
    }

    private static String record(String id, String topic, String[] words, int i) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 30; w++) {
            body.append(words[(w * (i + 3)) % words.length]).append(w % 6 == 5 ? ". " : " ");
        }
        return "{\"id\":\"%s\",\"title\":\"%s %d\",\"date\":\"2019-0%d\",\"topics\":[\"%s\"],\"summary\":[\"A point.\"],\"body\":\"%s\"}\n"
                .formatted(
                        id,
                        words[i % words.length],
                        i,
                        1 + i % 9,
                        topic,
                        body.toString().strip());
    }

    private static List<String> rows(String data, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(data, "dossier.db") + "?open_mode=1");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    cells.add(r.getString(i));
                }
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }
}
