package org.dossier.ingest.ungdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.ReaderSupport.readAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.SharedData;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UngdcReaderTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @TempDir
    Path tmp;

    @Test
    void makesAStatementBySpeakerInTheirPostForTheirCountry() throws Exception {
        Path file = tmp.resolve("sample.jsonl");
        Files.writeString(file, """
                {"id": "MLI_67_2012", "iso3": "MLI", "country": "Mali", "session": 67, "year": 2012, "speaker": "Jane Sample", "post": "Prime Minister", "text": "Mr. President,\\nWe meet in a difficult year."}
                {"id": "XXX_1_1946", "iso3": "XXX", "country": null, "session": 1, "year": 1946, "speaker": null, "post": null, "text": "Text"}
                {"id": "ARG_1_1946", "iso3": "ARG", "country": "Argentina", "session": 1, "year": 1946, "speaker": null, "post": null, "text": "Text"}
                """);

        List<Parsed> parsed = readAll(new UngdcReader(file, gazetteer));

        Publication p = ((ImportUnit) parsed.get(0)).publications().get(0).publication();
        assertThat(p.title()).isEqualTo("Mali at the UN General Debate 2012: statement by Jane Sample, Prime Minister");
        assertThat(p.type()).isEqualTo("Statement");
        assertThat(p.date()).hasToString("2012");
        assertThat(p.authors())
                .containsExactly(new Authorship(new Person(null, "Jane Sample", null, null, "Mali"), "Prime Minister"));
        assertThat(p.places()).containsExactly("MLI");
        assertThat(p.body()).isEqualTo("Mr. President,\nWe meet in a difficult year.");
        assertThat(p.attributes()).containsEntry("Session", "67");
        assertThat(p.sourceIds()).containsExactly("ungdc:MLI_67_2012");
        assertThat(parsed.get(1)).hasToString("sample.jsonl:2: iso3: 'XXX' is not a known country code");
        assertThat(((ImportUnit) parsed.get(2))
                        .publications()
                        .get(0)
                        .publication()
                        .title())
                .isEqualTo("Argentina at the UN General Debate 1946");
    }

    @Test
    @Tag("slow")
    void streamsTheWholeCorpusWithoutAnError() throws Exception {
        try (RecordReader reader = new UngdcReader(SharedData.file("data/ungdc_1946_2024.jsonl.gz"), gazetteer)) {
            long units = 0;
            for (Parsed p = reader.next(); p != null; p = reader.next()) {
                assertThat(p).isInstanceOf(ImportUnit.class);
                units++;
            }
            assertThat(units).isEqualTo(10952);
            assertThat(reader.fractionRead()).isEqualTo(1.0);
        }
    }
}
