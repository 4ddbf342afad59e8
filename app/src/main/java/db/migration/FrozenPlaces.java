package db.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The places Dossier shipped when V2 and V13 ran ({@code db/frozen/places-v2.csv}), read here rather than
 * through today's gazetteer, so that a migration does tomorrow what it did then. Never edit the file: a change
 * of the shipped places is a new migration.
 */
final class FrozenPlaces {

    record Row(String code, String name, String kind, List<String> parents, List<String> aliases) {}

    private FrozenPlaces() {}

    static List<Row> all() throws IOException {
        try (Reader in = new InputStreamReader(
                FrozenPlaces.class.getResourceAsStream("/db/frozen/places-v2.csv"), StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                rows.add(new Row(
                        r.get("code"), r.get("name"), r.get("kind"), list(r.get("parents")), list(r.get("aliases"))));
            }
            return rows;
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }
}
