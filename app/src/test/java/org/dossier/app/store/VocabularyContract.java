package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Vocabulary;
import org.dossier.catalog.Vocabulary.Kind;
import org.dossier.catalog.WriteResult;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store's vocabulary (topics, types, collections) must do. */
interface VocabularyContract {

    Catalog catalog();

    Vocabulary vocabulary();

    @Test
    default void renamesATopicIntoAnExistingOneInEveryPublicationAndMovesItsDescription() {
        String a = write("Herders in the Sahel", "Pastoralism");
        String b = write("Rangeland law", "Pastoralism", "Land");
        write("Grazing routes", "Pastoral livelihoods");
        vocabulary().describe(Kind.TOPIC, "Pastoralism", "Herding and its conflicts.");

        int rewritten = vocabulary().rename(Kind.TOPIC, "Pastoralism", "Pastoral livelihoods");

        assertThat(rewritten).isEqualTo(2);
        assertThat(catalog().find(a).orElseThrow().topics()).containsExactly("Pastoral livelihoods");
        assertThat(catalog().find(b).orElseThrow().topics()).containsExactly("Pastoral livelihoods", "Land");
        assertThat(vocabulary().term(Kind.TOPIC, "Pastoralism")).isEmpty();
        assertThat(vocabulary().term(Kind.TOPIC, "Pastoral livelihoods").orElseThrow())
                .isEqualTo(new Vocabulary.Term("Pastoral livelihoods", "Herding and its conflicts.", null, 3));
    }

    @Test
    default void aRenameThatCannotFinishChangesNothing() {
        String a = write("First under the old name", "Mediation");
        String b = write("Second under the old name", "Mediation");

        assertThatThrownBy(() -> vocabulary().rename(Kind.TOPIC, "Mediation", "m".repeat(201)))
                .isInstanceOf(FieldException.class)
                .extracting(e -> ((FieldException) e).field())
                .isEqualTo("topics");

        assertThat(catalog().find(a).orElseThrow().topics()).containsExactly("Mediation");
        assertThat(catalog().find(b).orElseThrow().topics()).containsExactly("Mediation");
        assertThat(vocabulary().term(Kind.TOPIC, "Mediation").orElseThrow().publications())
                .isEqualTo(2);
    }

    @Test
    default void refusesToRenameATermThatDoesNotExist() {
        assertThatThrownBy(() -> vocabulary().rename(Kind.COLLECTION, "Nowhere", "Somewhere"))
                .isInstanceOf(FieldException.class)
                .extracting(e -> ((FieldException) e).field())
                .isEqualTo("from");
    }

    @Test
    default void aCollectionIsWhatItsSourceSaysUntilAnAdminSaysOtherwiseWhateverTheTypeIsCalled() {
        Publication accord = Publication.builder()
                .status(Status.PUBLISHED)
                .title("Accord of the north")
                .type("Peace agreement")
                .collection("Northern Mali process")
                .sourceId("test:accord")
                .build();
        catalog().write(List.of(List.of(Incoming.whole(accord).inCollectionOfKind("peace process"))));
        assertThat(vocabulary().collectionKind("Northern Mali process")).contains("peace process");

        vocabulary().rename(Kind.TYPE, "Peace agreement", "Accord");
        vocabulary().rename(Kind.COLLECTION, "Northern Mali process", "Mali: northern process");
        assertThat(vocabulary().collectionKind("Mali: northern process")).contains("peace process");

        vocabulary().classify("Mali: northern process", "mediation track");
        catalog()
                .write(List.of(List.of(Incoming.whole(accord.toBuilder()
                                .collection("Mali: northern process")
                                .build())
                        .inCollectionOfKind("peace process"))));
        assertThat(vocabulary().collectionKind("Mali: northern process")).contains("mediation track");
        assertThat(vocabulary().classify("No such collection", "series")).isFalse();
    }

    private String write(String title, String... topics) {
        Publication p = Publication.builder()
                .status(Status.PUBLISHED)
                .title(title)
                .topics(List.of(topics))
                .sourceId("test:" + title)
                .build();
        WriteResult.Written w = (WriteResult.Written)
                catalog().write(List.of(List.of(Incoming.whole(p)))).get(0);
        return w.changes().get(0).publicationId();
    }
}
