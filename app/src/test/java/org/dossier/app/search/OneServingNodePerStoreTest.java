package org.dossier.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.app.DossierApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two serving nodes on one store, each with its own embedded index, would each index half of the changes:
 * the second is refused at start, saying what holds the store and what to do; once the first stops, it starts.
 */
@Tag("site")
class OneServingNodePerStoreTest {

    @Test
    void refusesASecondServingNodeOnTheSameStoreUntilTheFirstStops() throws Exception {
        Path store = Files.createTempDirectory("dossier-shared-store").resolve("dossier.db");
        Path first = Files.createTempDirectory("dossier-node-a");
        Path second = Files.createTempDirectory("dossier-node-b");

        ConfigurableApplicationContext a = node(first, store);
        try {
            assertThatThrownBy(() -> node(second, store).close())
                    .rootCause()
                    .hasMessageContaining("another Dossier node already serves this store")
                    .hasMessageContaining(
                            first.resolve("index").toAbsolutePath().normalize().toString())
                    .hasMessageContaining(
                            "Several nodes on one store need the shared search engine: set dossier.search.engine=solr");
        } finally {
            a.close();
        }

        try (ConfigurableApplicationContext b = node(second, store)) {
            assertThat(b.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext node(Path data, Path store) {
        return new SpringApplicationBuilder(DossierApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--dossier.data=" + data,
                        "--spring.datasource.url=jdbc:sqlite:" + store
                                + "?journal_mode=WAL&foreign_keys=true&busy_timeout=30000&transaction_mode=IMMEDIATE");
    }
}
