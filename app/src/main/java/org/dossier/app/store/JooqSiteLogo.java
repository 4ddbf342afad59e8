package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SITE_LOGO;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.dossier.site.SiteLogo;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqSiteLogo implements SiteLogo {
    private static final int ROW = 1;

    private final DSLContext db;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqSiteLogo(DSLContext db, WriteLock writeLock, Clock clock) {
        this.db = db;
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public Optional<Image> read() {
        return db.selectFrom(SITE_LOGO)
                .where(SITE_LOGO.ID.eq(ROW))
                .fetchOptional()
                .map(r -> new Image(r.getContentType(), Base64.getDecoder().decode(r.getData()), r.getSha256()));
    }

    @Override
    public Optional<String> version() {
        return db.select(SITE_LOGO.SHA256)
                .from(SITE_LOGO)
                .where(SITE_LOGO.ID.eq(ROW))
                .fetchOptional(SITE_LOGO.SHA256);
    }

    @Override
    public void save(Image image) {
        writeLock.holding(() -> db.insertInto(SITE_LOGO)
                .set(SITE_LOGO.ID, ROW)
                .set(SITE_LOGO.CONTENT_TYPE, image.contentType())
                .set(SITE_LOGO.DATA, Base64.getEncoder().encodeToString(image.bytes()))
                .set(SITE_LOGO.SHA256, image.sha256())
                .set(SITE_LOGO.UPLOADED_AT, clock.millis())
                .onConflict(SITE_LOGO.ID)
                .doUpdate()
                .set(SITE_LOGO.CONTENT_TYPE, image.contentType())
                .set(SITE_LOGO.DATA, Base64.getEncoder().encodeToString(image.bytes()))
                .set(SITE_LOGO.SHA256, image.sha256())
                .set(SITE_LOGO.UPLOADED_AT, clock.millis())
                .execute());
    }

    @Override
    public void remove() {
        writeLock.holding(
                () -> db.deleteFrom(SITE_LOGO).where(SITE_LOGO.ID.eq(ROW)).execute());
    }
}
