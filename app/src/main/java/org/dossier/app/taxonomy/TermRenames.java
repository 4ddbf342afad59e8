package org.dossier.app.taxonomy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Vocabulary;
import org.dossier.catalog.Vocabulary.Kind;
import org.dossier.catalog.WriteResult;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Service;

/**
 * Renaming a topic, type or collection everywhere: every publication filed under it is rewritten with the
 * new name (so the search index, feeds and harvesters see the change, each publication through the
 * outbox), into an existing term when the new name is one (a merge); the description moves along, and the
 * old term goes. The admin who did it is in the audit log.
 */
@Service
class TermRenames {
    private static final int BATCH = 200;
    private static final int MAX_NAME = 200;

    private final Vocabulary vocabulary;
    private final Catalog catalog;
    private final Accounts accounts;
    private final Clock clock;

    TermRenames(Vocabulary vocabulary, Catalog catalog, Accounts accounts, Clock clock) {
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Returns how many publications were rewritten. */
    int rename(Kind kind, String from, String to, String actor) {
        String target = to == null ? "" : to.strip();
        if (target.isEmpty() || target.length() > MAX_NAME) {
            throw new FieldException("to", "a name has 1 to " + MAX_NAME + " characters");
        }
        Vocabulary.Term old = vocabulary.term(kind, from)
                .orElseThrow(() -> new FieldException("from", "there is no " + kind.key() + " '" + from + "'"));
        List<String> ids = vocabulary.publicationIds(kind, old.name());
        int rewritten = 0;
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<List<Incoming>> units = new ArrayList<>();
            for (Publication p : catalog.findAll(ids.subList(i, Math.min(ids.size(), i + BATCH)))) {
                units.add(List.of(Incoming.whole(renamed(p, kind, old.name(), target))));
            }
            for (WriteResult r : catalog.write(units)) {
                if (r instanceof WriteResult.Failed f) {
                    throw new IllegalStateException("a publication could not be rewritten: " + f.message());
                }
            }
            rewritten += units.size();
        }
        if (old.description() != null && vocabulary.term(kind, target).map(t -> t.description() == null).orElse(false)) {
            vocabulary.describe(kind, target, old.description());
        }
        if (!old.name().equalsIgnoreCase(target)) {
            vocabulary.forgetIfUnused(kind, old.name());
        }
        accounts.record(new AuditEvent(clock.instant(), actor, "renamed " + kind.key(), old.name(),
                "→ " + target + " (" + rewritten + " publications)"));
        return rewritten;
    }

    private static Publication renamed(Publication p, Kind kind, String from, String to) {
        return switch (kind) {
            case TOPIC -> p.toBuilder().topics(p.topics().stream().map(t -> t.equalsIgnoreCase(from) ? to : t).toList()).build();
            case TYPE -> p.toBuilder().type(to).build();
            case COLLECTION -> p.toBuilder().collection(to).build();
        };
    }
}
