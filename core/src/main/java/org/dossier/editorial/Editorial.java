package org.dossier.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;

/**
 * Publications as editors work on them: every save is a revision (who, when, why, and the whole
 * publication as it then was), a publication has an owner (the account that created it), and changes of
 * state are written to the audit log — each save with its revision and audit event in one transaction.
 */
public interface Editorial {

    /**
     * Writes the whole publication (its id set when it exists; content replaced) and records it as the next
     * revision. The first save makes {@code actor} the owner. When {@code audited}, the note also goes to
     * the audit log. Throws {@link org.dossier.field.FieldException} naming a field the store refuses.
     */
    Revision save(Publication publication, String actor, String note, boolean audited);

    Optional<String> owner(String publicationId);

    /** Newest first. */
    List<Revision> revisions(String publicationId);

    Optional<Revision> revision(String publicationId, int number);

    /** Publications for the editors' list, most recently changed first; only this owner's when not null. */
    List<Entry> worklist(String owner, int limit);

    record Revision(String publicationId, int number, Instant at, String actor, String note, Publication snapshot) {}

    record Entry(String id, String title, Status status, Instant embargoUntil, String owner, Instant changed) {}
}
