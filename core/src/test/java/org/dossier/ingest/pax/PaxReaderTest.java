package org.dossier.ingest.pax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.ReaderSupport.fixture;
import static org.dossier.ingest.ReaderSupport.readAll;

import java.util.List;
import org.dossier.SharedData;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PaxReaderTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void readsAnAgreementWithItsPlacesProcessStageAndCodedTopics() throws Exception {
        List<Parsed> parsed = readAll(new PaxReader(fixture("pax-sample.csv"), gazetteer));

        Publication p = ((ImportUnit) parsed.get(0)).publications().get(0).publication();
        assertThat(p.title()).isEqualTo("Sample Accord on the Cessation of Hostilities");
        assertThat(p.type()).isEqualTo("Peace agreement");
        assertThat(p.date()).hasToString("2014-07-24");
        assertThat(p.places()).containsExactly("MLI", "sub-saharan-africa");
        assertThat(p.collection()).isEqualTo("Mali: Northern conflict");
        assertThat(p.topics()).containsExactly("Women, girls and gender", "Ceasefire");
        assertThat(p.attributes())
                .containsEntry("Stage", "Ceasefire/related")
                .containsEntry("Agreement type", "Intrastate")
                .containsEntry("Parties", "Signed by:\nthe Government;\nthe Coordination of Movements")
                .containsEntry("Location", "Mali/(Azawad)");
        assertThat(p.sourceIds()).containsExactly("pax:9001");
    }

    @Test
    void reportsTheLineAndFieldOfABadRowAndReadsTheNextOnes() throws Exception {
        List<Parsed> parsed = readAll(new PaxReader(fixture("pax-sample.csv"), gazetteer));

        assertThat(parsed).hasSize(3);
        assertThat(parsed.get(1))
                .isInstanceOf(RecordError.class)
                .hasToString(
                        "pax-sample.csv:5: Dat: '2015-13-01' is not a valid date: Invalid value for MonthOfYear (valid values 1 - 12): 13");
        Publication third = ((ImportUnit) parsed.get(2)).publications().get(0).publication();
        assertThat(third.places()).containsExactly("ARG", "GBR");
        assertThat(third.topics()).containsExactly("Political institutions");
    }

    @Test
    @Tag("slow")
    void readsEveryAgreementOfPaxWithoutAnError() throws Exception {
        List<Parsed> parsed = readAll(new PaxReader(SharedData.file("data/pax_public.csv"), gazetteer));

        assertThat(parsed).hasSize(2257).allMatch(p -> p instanceof ImportUnit);
    }
}
