package org.dossier.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dossier.search.enabled=false")
class SqliteStoreTest extends StoreContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("dossier-sqlite-test");
        registry.add("dossier.data", data::toString);
    }
}
