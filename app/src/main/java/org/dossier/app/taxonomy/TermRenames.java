package org.dossier.app.taxonomy;

import java.time.Clock;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.catalog.Vocabulary;
import org.dossier.catalog.Vocabulary.Kind;
import org.dossier.field.FieldException;
import org.springframework.stereotype.Service;

/**
 * Renaming a topic, type or collection everywhere ({@link Vocabulary#rename}, one transaction), into an
 * existing term when the new name is one (a merge). The admin who did it is in the audit log.
 */
@Service
class TermRenames {
    private static final int MAX_NAME = 200;

    private final Vocabulary vocabulary;
    private final Accounts accounts;
    private final Clock clock;

    TermRenames(Vocabulary vocabulary, Accounts accounts, Clock clock) {
        this.vocabulary = vocabulary;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Returns how many publications were rewritten. */
    int rename(Kind kind, String from, String to, String actor) {
        String target = to == null ? "" : to.strip();
        if (target.isEmpty() || target.length() > MAX_NAME) {
            throw new FieldException("to", "a name has 1 to " + MAX_NAME + " characters");
        }
        String old = vocabulary
                .term(kind, from)
                .map(Vocabulary.Term::name)
                .orElseThrow(() -> new FieldException("from", "there is no " + kind.key() + " '" + from + "'"));
        int rewritten = vocabulary.rename(kind, old, target);
        accounts.record(new AuditEvent(
                clock.instant(),
                actor,
                "renamed " + kind.key(),
                old,
                "→ " + target + " (" + rewritten + " publications)"));
        return rewritten;
    }
}
