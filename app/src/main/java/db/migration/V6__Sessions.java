package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables Spring Session keeps signed-in sessions in, so that editors stay signed in across restarts and on
 * every node: the schema Spring Session 4.0 defines for the database in use, written out here so that this
 * migration does not change when the library's script does.
 */
public class V6__Sessions extends BaseJavaMigration {
    private static final String TABLES = """
            CREATE TABLE SPRING_SESSION (
                PRIMARY_ID %1$s NOT NULL,
                SESSION_ID %1$s NOT NULL,
                CREATION_TIME %2$s NOT NULL,
                LAST_ACCESS_TIME %2$s NOT NULL,
                MAX_INACTIVE_INTERVAL %3$s NOT NULL,
                EXPIRY_TIME %2$s NOT NULL,
                PRINCIPAL_NAME VARCHAR(100),
                CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
            );
            CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
            CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
            CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);
            CREATE TABLE SPRING_SESSION_ATTRIBUTES (
                SESSION_PRIMARY_ID CHAR(36) NOT NULL,
                ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
                ATTRIBUTE_BYTES %4$s NOT NULL,
                CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
                CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
            )
            """;

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase()
                .contains("postgres");
        String tables = postgres
                ? TABLES.formatted("CHAR(36)", "BIGINT", "INT", "BYTEA")
                : TABLES.formatted("CHARACTER(36)", "INTEGER", "INTEGER", "BLOB");
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : tables.split(";")) {
                s.execute(sql);
            }
        }
    }
}
