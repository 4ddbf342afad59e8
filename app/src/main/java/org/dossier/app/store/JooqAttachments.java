package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.ATTACHMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dossier.app.store.schema.tables.records.AttachmentRecord;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAttachments implements Attachments {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final RenderedQueries queries;

    JooqAttachments(DSLContext db, WriteLock writeLock, RenderedQueries queries) {
        this.queries = queries;
        this.db = db;
        this.writeLock = writeLock;
    }

    @Override
    public Attachment add(Attachment a) {
        writeLock.holding(() -> db.insertInto(ATTACHMENT)
                .set(ATTACHMENT.ID, a.id())
                .set(ATTACHMENT.PUBLICATION_ID, a.publicationId())
                .set(ATTACHMENT.FILE_NAME, a.fileName())
                .set(ATTACHMENT.SHA256, a.sha256())
                .set(ATTACHMENT.SIZE, a.size())
                .set(ATTACHMENT.UPLOADED_AT, a.uploaded().toEpochMilli())
                .set(ATTACHMENT.UPLOADED_BY, a.uploadedBy())
                .execute());
        return a;
    }

    @Override
    public List<Attachment> of(String publicationId) {
        return queries
                .rows(
                        "attachments of a publication",
                        () -> db.selectFrom(ATTACHMENT)
                                .where(ATTACHMENT.PUBLICATION_ID.eq(publicationId))
                                .orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID),
                        publicationId)
                .stream()
                .map(row -> {
                    AttachmentRecord r = db.newRecord(ATTACHMENT);
                    r.fromArray(row);
                    return attachment(r);
                })
                .toList();
    }

    @Override
    public Optional<Attachment> find(String id) {
        return db.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).fetchOptional(JooqAttachments::attachment);
    }

    private static Attachment attachment(AttachmentRecord r) {
        return new Attachment(
                r.getId(),
                r.getPublicationId(),
                r.getFileName(),
                r.getSha256(),
                r.getSize(),
                Instant.ofEpochMilli(r.getUploadedAt()),
                r.getUploadedBy());
    }
}
