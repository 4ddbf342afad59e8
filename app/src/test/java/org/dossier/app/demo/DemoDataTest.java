package org.dossier.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dossier.search.enabled=false")
class DemoDataTest {

    @Autowired
    DemoData demo;

    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-demo-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @Test
    void loadsTheSahelStatementsOnceIntoAnEmptyStore() throws IOException {
        long first = demo.loadIntoEmptyStore();
        long second = demo.loadIntoEmptyStore();

        assertThat(first).isEqualTo(244);
        assertThat(second).isZero();
        assertThat(catalog.count()).isEqualTo(244);
        List<Publication> newest = catalog.list(0, 300);
        assertThat(newest).extracting(p -> p.date().year()).allMatch(y -> y >= 2012 && y <= 2024);
        assertThat(newest)
                .filteredOn(p -> p.places().contains("MLI"))
                .hasSize(12)
                .anySatisfy(
                        p -> assertThat(p.title())
                                .isEqualTo(
                                        "Mali at the UN General Debate 2012: statement by Cheick Modibo Diarra, Prime Minister"));
    }
}
