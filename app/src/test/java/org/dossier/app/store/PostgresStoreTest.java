package org.dossier.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on a real PostgreSQL 15 server, started from its Maven-distributed binaries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dossier.search.enabled=false")
@Tag("slow")
class PostgresStoreTest extends StoreContract {
    private static final EmbeddedPostgres POSTGRES = start();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        registry.add("dossier.data", () -> tempDir());
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the process is ending
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("dossier-pg-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
