package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PUBLICATION;

import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Refuses a number a series has already given to another publication (its translations share it). */
@Component
class SeriesNumbers {
    private final DSLContext db;

    SeriesNumbers(DSLContext db) {
        this.db = db;
    }

    void check(Publication p) {
        if (p.series() == null || p.seriesNumber() == null) {
            return;
        }
        var other = db.select(PUBLICATION.ID, PUBLICATION.TITLE)
                .from(PUBLICATION)
                .where(PUBLICATION.SERIES.eq(p.series()))
                .and(PUBLICATION.SERIES_NUMBER.eq(p.seriesNumber()))
                .and(PUBLICATION.ID.ne(p.id()))
                .and(DSL.coalesce(PUBLICATION.TRANSLATION_OF, PUBLICATION.ID).ne(p.translationFamily()))
                .limit(1)
                .fetchOne();
        if (other != null) {
            throw new FieldException(
                    "series_number",
                    p.series() + " " + p.seriesNumber() + " is already “" + other.value2() + "” (" + other.value1()
                            + ")");
        }
    }
}
