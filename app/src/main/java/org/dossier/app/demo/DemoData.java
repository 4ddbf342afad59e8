package org.dossier.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportReport;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled demo data: UN General Debate statements (CC0, see demo/README.md at the repository root)
 * of Mali, its Sahel neighbours and a few others, 2012–2024, loaded once into an empty store.
 */
@Component
public class DemoData {
    static final String RESOURCE = "demo/ungdc-sahel-2012-2024.jsonl.gz";

    private final Catalog catalog;
    private final Importer importer;
    private final Gazetteer gazetteer;

    DemoData(Catalog catalog, Importer importer, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.importer = importer;
        this.gazetteer = gazetteer;
    }

    /** Loads the demo data if the store has no publications; returns how many were created. */
    public long loadIntoEmptyStore() throws IOException {
        if (catalog.count() > 0) {
            return 0;
        }
        Path copy = Files.createTempFile("dossier-demo-", ".jsonl.gz");
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            try (RecordReader reader = new UngdcReader(copy, gazetteer)) {
                ImportReport report = importer.run(reader, false, ImportListener.SILENT);
                return report.created();
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
