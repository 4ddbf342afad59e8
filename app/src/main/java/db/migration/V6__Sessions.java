package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables Spring Session keeps signed-in sessions in, so that editors stay signed in across restarts
 * and on every node: created from Spring Session's own script for the database in use (SQLite or
 * PostgreSQL), as its schema is its to define.
 */
public class V6__Sessions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        String vendor = product.contains("postgres") ? "postgresql" : "sqlite";
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : script("org/springframework/session/jdbc/schema-" + vendor + ".sql").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = V6__Sessions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (spring-session-jdbc)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
