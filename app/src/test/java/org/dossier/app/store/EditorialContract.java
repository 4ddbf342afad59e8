package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.editorial.Editorial;
import org.dossier.editorial.Editorial.Revision;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store's editorial side (revisions, owners, the worklist) must do. */
interface EditorialContract {

    Editorial editorial();

    @Test
    default void keepsEverySaveAsARevisionAndTheFirstEditorAsOwner() {
        Publication draft = Publication.builder()
                .title("Water and conflict")
                .status(Status.DRAFT)
                .build();
        String id = editorial().save(draft, "ana", "created", false).publicationId();
        editorial()
                .save(
                        draft.toBuilder()
                                .id(id)
                                .title("Water and conflict in the Sahel")
                                .status(Status.IN_REVIEW)
                                .build(),
                        "ben",
                        "sent for review",
                        true);

        assertThat(editorial().owner(id)).contains("ana");
        assertThat(editorial().revisions(id))
                .extracting(Revision::number, Revision::actor, Revision::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "ben", "sent for review"),
                        org.assertj.core.groups.Tuple.tuple(1, "ana", "created"));
        assertThat(editorial().revision(id, 1).orElseThrow().snapshot().title()).isEqualTo("Water and conflict");
        assertThat(editorial().worklist("ana", 10))
                .extracting(Editorial.Entry::id, Editorial.Entry::status)
                .contains(org.assertj.core.groups.Tuple.tuple(id, Status.IN_REVIEW));
    }

    @Test
    default void aRefusedSaveLeavesNoRevisionBehind() {
        Publication inAtlantis = Publication.builder()
                .id("01EDITORIALCONTRACT0000001")
                .title("Lost")
                .places(List.of("ATLANTIS"))
                .build();

        assertThatThrownBy(() -> editorial().save(inAtlantis, "ana", "created", false))
                .isInstanceOf(FieldException.class)
                .extracting(e -> ((FieldException) e).field())
                .isEqualTo("places");
        assertThat(editorial().revisions("01EDITORIALCONTRACT0000001")).isEmpty();
        assertThat(editorial().owner("01EDITORIALCONTRACT0000001")).isEmpty();
    }
}
