package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made by an old Dossier, with publications in it, ends after the upgrade exactly like a store made
 * today: the same tables, columns, keys and indexes, and the same places.
 */
class MigrationsTest {
    private static final String OLD_VERSION = "3";

    @TempDir
    Path tmp;

    @Test
    void anUpgradedSqliteStoreEndsIdenticalToAFreshOne() throws SQLException {
        String fresh = "jdbc:sqlite:" + tmp.resolve("fresh.db") + "?foreign_keys=true";
        String upgraded = "jdbc:sqlite:" + tmp.resolve("upgraded.db") + "?foreign_keys=true";

        compare(fresh, upgraded, null, "", "");
    }

    @Test
    @Tag("slow")
    void anUpgradedPostgresStoreEndsIdenticalToAFreshOne() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Connection admin = pg.getPostgresDatabase().getConnection();
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE fresh");
            s.execute("CREATE DATABASE upgraded");

            compare(
                    pg.getJdbcUrl("postgres", "fresh"),
                    pg.getJdbcUrl("postgres", "upgraded"),
                    "public",
                    "postgres",
                    "");
        }
    }

    private static void compare(String freshUrl, String upgradedUrl, String schema, String user, String password)
            throws SQLException {
        flyway(freshUrl, user, password, null).migrate();
        flyway(upgradedUrl, user, password, OLD_VERSION).migrate();
        try (Connection c = DriverManager.getConnection(upgradedUrl, user, password);
                Statement s = c.createStatement()) {
            oldPublication(s);
        }
        flyway(upgradedUrl, user, password, null).migrate();

        try (Connection fresh = DriverManager.getConnection(freshUrl, user, password);
                Connection upgraded = DriverManager.getConnection(upgradedUrl, user, password)) {
            assertThat(shape(upgraded, schema)).isEqualTo(shape(fresh, schema));
            for (String query : List.of(
                    "SELECT code, name, kind FROM place ORDER BY code",
                    "SELECT place_code, parent_code FROM place_parent ORDER BY place_code, parent_code",
                    "SELECT place_code, position, alias FROM place_alias ORDER BY place_code, position")) {
                assertThat(rows(upgraded, query))
                        .as(query)
                        .isEqualTo(rows(fresh, query))
                        .isNotEmpty();
            }
            assertThat(rows(upgraded, "SELECT title, status, changed_at FROM publication"))
                    .containsExactly(List.of("Written before the upgrade", "published", "1700000000000"));
        }
    }

    /** A publication as Dossier wrote it at the old version: in Mali, with a topic, a type and a source. */
    private static void oldPublication(Statement s) throws SQLException {
        s.execute("INSERT INTO publication_type (id, name, name_key) VALUES ('01TYPE', 'Report', 'report')");
        s.execute("INSERT INTO topic (id, name, name_key) VALUES ('01TOPIC', 'Mediation', 'mediation')");
        s.execute(
                "INSERT INTO publication (id, slug, path, title, type_id, status, content_hash, created_at, updated_at)"
                        + " VALUES ('01OLD', 'written-before', '/publications/written-before', 'Written before the upgrade', '01TYPE',"
                        + " 'published', 'hash', 1700000000000, 1700000000000)");
        s.execute("INSERT INTO publication_place (publication_id, place_code, position) VALUES ('01OLD', 'MLI', 0)");
        s.execute("INSERT INTO publication_topic (publication_id, topic_id, position) VALUES ('01OLD', '01TOPIC', 0)");
        s.execute(
                "INSERT INTO publication_source (source_id, publication_id, position) VALUES ('test:old', '01OLD', 0)");
    }

    private static Flyway flyway(String url, String user, String password, String target) {
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    /** Every table but Flyway's own: its columns in order, primary key, indexes and foreign keys. */
    private static Map<String, List<String>> shape(Connection c, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet t = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                tables.add(t.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> shape = new TreeMap<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase("flyway_schema_history")) {
                continue;
            }
            List<String> facts = new ArrayList<>();
            try (ResultSet r = md.getColumns(null, schema, table, "%")) {
                while (r.next()) {
                    facts.add("column " + r.getString("COLUMN_NAME") + " " + r.getString("TYPE_NAME") + "("
                            + r.getInt("COLUMN_SIZE") + ") "
                            + (r.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null")
                            + " default " + r.getString("COLUMN_DEF"));
                }
            }
            int columns = facts.size();
            try (ResultSet r = md.getPrimaryKeys(null, schema, table)) {
                while (r.next()) {
                    facts.add("key " + r.getString("COLUMN_NAME") + " " + r.getInt("KEY_SEQ"));
                }
            }
            try (ResultSet r = md.getIndexInfo(null, schema, table, false, false)) {
                while (r.next()) {
                    facts.add("index " + r.getString("INDEX_NAME") + " " + r.getString("COLUMN_NAME") + " "
                            + r.getInt("ORDINAL_POSITION") + (r.getBoolean("NON_UNIQUE") ? "" : " unique"));
                }
            }
            try (ResultSet r = md.getImportedKeys(null, schema, table)) {
                while (r.next()) {
                    facts.add("references " + r.getString("FKCOLUMN_NAME") + " " + r.getString("PKTABLE_NAME") + "."
                            + r.getString("PKCOLUMN_NAME") + " on delete " + r.getInt("DELETE_RULE"));
                }
            }
            facts.subList(columns, facts.size()).sort(null);
            shape.put(table.toLowerCase(), facts);
        }
        return shape;
    }

    private static List<List<String>> rows(Connection c, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
