package org.dossier.app;

import org.dossier.catalog.Catalog;
import org.dossier.ingest.Importer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring application: the store, the API and what the CLI commands need. Started by {@link Dossier}. */
@SpringBootApplication
public class DossierApplication {

    @Bean
    Importer importer(Catalog catalog) {
        return new Importer(catalog);
    }
}
