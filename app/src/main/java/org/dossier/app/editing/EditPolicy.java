package org.dossier.app.editing;

import org.dossier.account.Account;
import org.dossier.account.Role;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;

/**
 * Who may do what to a publication: editors (and admins) anything; a contributor may edit and submit only
 * their own drafts; readers nothing. Checked on the object itself, whatever the route said.
 */
final class EditPolicy {
    private EditPolicy() {}

    static boolean mayCreate(Account a) {
        return a.role().includes(Role.CONTRIBUTOR);
    }

    static boolean mayEdit(Account a, Publication p, String owner) {
        return a.role().includes(Role.EDITOR)
                || a.role() == Role.CONTRIBUTOR && a.username().equals(owner) && p.status() == Status.DRAFT;
    }

    static boolean maySubmit(Account a, Publication p, String owner) {
        return p.status() == Status.DRAFT && mayEdit(a, p, owner);
    }

    /** Publish, unpublish, send back to draft. */
    static boolean mayPublish(Account a) {
        return a.role().includes(Role.EDITOR);
    }
}
