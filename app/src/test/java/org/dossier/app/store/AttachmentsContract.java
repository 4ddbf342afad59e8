package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Test;

/** What every store's attachment rows must do. */
interface AttachmentsContract {

    Catalog catalog();

    Attachments attachments();

    @Test
    default void listsAPublicationsAttachmentsOldestFirst() {
        WriteResult.Written w = (WriteResult.Written) catalog()
                .write(List.of(List.of(Incoming.whole(Publication.builder()
                        .title("With files")
                        .sourceId("test:files")
                        .build()))))
                .get(0);
        String id = w.changes().get(0).publicationId();
        Attachment first = new Attachment(
                "01ATTACHMENT00000000000001",
                id,
                "brief.pdf",
                "a".repeat(64),
                1200,
                Instant.parse("2026-01-01T00:00:00Z"),
                "ana");
        Attachment second = new Attachment(
                "01ATTACHMENT00000000000002",
                id,
                "annex.pdf",
                "b".repeat(64),
                800,
                Instant.parse("2026-01-02T00:00:00Z"),
                "ben");

        attachments().add(second);
        attachments().add(first);

        assertThat(attachments().of(id)).containsExactly(first, second);
        assertThat(attachments().find(second.id())).contains(second);
    }
}
