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
        assertThat(first.out()).contains("read 2 publications; new suggestions: 1 places, 2 summary points");
        assertThat(second.out()).contains("read 2 publications; new suggestions: 0 places, 0 summary points");
        assertThat(rows(data, "SELECT kind, value, evidence FROM suggestion WHERE kind = 'PLACE'"))
                .containsExactly("PLACE | MLI | Mali ×2, Malian ×1, Bamako ×3, Kidal ×1, Gao ×1");
        assertThat(rows(data, "SELECT publication_id FROM suggestion WHERE kind = 'SUMMARY'"))
                .containsExactly("E1", "E1");
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
