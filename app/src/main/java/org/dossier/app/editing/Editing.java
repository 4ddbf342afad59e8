package org.dossier.app.editing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.app.site.Site;
import org.dossier.catalog.Catalog;
import org.dossier.editorial.Editorial;
import org.dossier.editorial.Editorial.Revision;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;
import org.dossier.related.Curation;
import org.springframework.stereotype.Service;

/**
 * What editors do to publications: create a draft, save, submit for review, publish (at once or at the
 * end of an embargo), unpublish, send back to draft, restore an earlier revision. Each is checked against
 * {@link EditPolicy} on the publication itself and saved as a revision.
 */
@Service
public class Editing {
    private final Catalog catalog;
    private final Editorial editorial;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Site site;

    Editing(Catalog catalog, Editorial editorial, Gazetteer gazetteer, Clock clock, Site site) {
        this.catalog = catalog;
        this.editorial = editorial;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.site = site;
    }

    /**
     * What an editor may do to a publication, as the buttons under its form; each action moves the publication
     * from some states to one state (the workflow's state machine).
     */
    public enum Action {
        SAVE("Save"),
        SUBMIT("Submit for review"),
        PUBLISH("Publish"),
        UNPUBLISH("Unpublish"),
        DRAFT("Back to draft");

        final String label;

        Action(String label) {
            this.label = label;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String label() {
            return label;
        }

        /** Whether this action does something to a publication in this state. */
        boolean appliesTo(Status from) {
            return switch (this) {
                case SAVE -> true;
                case SUBMIT -> from == Status.DRAFT;
                case PUBLISH -> from != Status.PUBLISHED;
                case UNPUBLISH -> from.forReaders();
                case DRAFT -> from == Status.IN_REVIEW || from == Status.WITHDRAWN;
            };
        }

        /** The state a publication is in after this action. */
        Status next(Status from) {
            return switch (this) {
                case SAVE -> from;
                case SUBMIT -> Status.IN_REVIEW;
                case PUBLISH -> Status.PUBLISHED;
                case UNPUBLISH -> Status.WITHDRAWN;
                case DRAFT -> Status.DRAFT;
            };
        }

        /** Whether this account may take this action on this publication, owned by {@code owner}. */
        boolean allowed(Publication p, Account who, String owner) {
            return switch (this) {
                case SAVE -> EditPolicy.mayEdit(who, p, owner);
                case SUBMIT -> EditPolicy.maySubmit(who, p, owner);
                case PUBLISH, UNPUBLISH, DRAFT -> EditPolicy.mayPublish(who);
            };
        }
    }

    /** The outcome of a save: the revision written (null when nothing changed), or errors by field. */
    public record Outcome(Revision revision, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    PublicationForm blankForm() {
        return PublicationForm.blank(site.settings().disclaimer());
    }

    PublicationForm formOf(Publication p) {
        return PublicationForm.of(p, gazetteer);
    }

    /** The publication, if this account may open it for editing (editors: any; a contributor: their own). */
    Publication open(String id, Account who) {
        Publication p = catalog.find(id).orElseThrow(() -> new Missing("publication " + id));
        String owner = editorial.owner(id).orElse(null);
        if (!EditPolicy.mayEdit(who, p, owner) && !who.username().equals(owner)) {
            throw new NotAllowed("you may not edit this publication");
        }
        return p;
    }

    String owner(String id) {
        return editorial.owner(id).orElse(null);
    }

    List<Action> actions(Publication p, Account who) {
        String owner = owner(p.id());
        return java.util.Arrays.stream(Action.values())
                .filter(a -> a.allowed(p, who, owner) && a.appliesTo(p.status()))
                .toList();
    }

    Outcome create(PublicationForm form, Account who) {
        if (!EditPolicy.mayCreate(who)) {
            throw new NotAllowed("your role may not create publications");
        }
        PublicationForm.Read read = withTranslation(
                form, form.apply(Publication.builder().id(Ids.newId()).status(Status.DRAFT), gazetteer));
        return read.ok() ? store(read.publication(), who, "created", false) : new Outcome(null, read.errors());
    }

    Outcome save(String id, PublicationForm form, Action action, Account who) {
        Publication stored = catalog.find(id).orElseThrow(() -> new Missing("publication " + id));
        if (!action.allowed(stored, who, owner(id)) || !action.appliesTo(stored.status())) {
            throw new NotAllowed(
                    "you may not " + action.label().toLowerCase(java.util.Locale.ROOT) + " this publication");
        }
        PublicationForm.Read read =
                withTranslation(form, form.apply(stored.toBuilder().status(action.next(stored.status())), gazetteer));
        if (!read.ok()) {
            return new Outcome(null, read.errors());
        }
        if (action == Action.SAVE && read.publication().sameContentAs(stored)) {
            return new Outcome(null, Map.of());
        }
        return store(read.publication(), who, note(action, read.publication()), action != Action.SAVE);
    }

    /** A new draft made from a PDF: its title, author and date from the PDF's metadata, its text as the text. */
    Outcome createFromPdf(String fileName, PdfContent pdf, Account who) {
        if (!EditPolicy.mayCreate(who)) {
            throw new NotAllowed("your role may not create publications");
        }
        String title = pdf.title() != null ? pdf.title() : fileName.replaceFirst("(?i)\\.pdf$", "");
        Publication.Builder draft = Publication.builder()
                .id(Ids.newId())
                .status(Status.DRAFT)
                .title(title)
                .date(pdf.date())
                .body(pdf.text().isEmpty() ? null : pdf.text())
                .language("en");
        if (pdf.author() != null) {
            draft.author(org.dossier.publication.Authorship.of(org.dossier.publication.Person.named(pdf.author())));
        }
        return store(
                draft.disclaimer(
                                site.settings().disclaimer().isEmpty()
                                        ? null
                                        : site.settings().disclaimer())
                        .build(),
                who,
                "created from " + fileName,
                false);
    }

    /** Fills what the publication lacks (text, authors, date) from an attached PDF, as a new revision. */
    Revision attached(String id, String fileName, PdfContent pdf, Account who) {
        Publication p = catalog.find(id).orElseThrow(() -> new Missing("publication " + id));
        if (!EditPolicy.mayEdit(who, p, owner(id))) {
            throw new NotAllowed("you may not edit this publication");
        }
        Publication.Builder filled = p.toBuilder();
        if (p.body() == null && !pdf.text().isEmpty()) {
            filled.body(pdf.text());
        }
        if (p.authors().isEmpty() && pdf.author() != null) {
            filled.author(org.dossier.publication.Authorship.of(org.dossier.publication.Person.named(pdf.author())));
        }
        if (p.date() == null) {
            filled.date(pdf.date());
        }
        return editorial.save(filled.updated(clock.instant()).build(), who.username(), "attached " + fileName, false);
    }

    /**
     * Pins, unpins, bans, unbans or moves ({@code up}, {@code down}) another publication — named by id or
     * path — among this one's related publications, as a new revision.
     */
    Revision curate(String id, String op, String other, Account who) {
        Publication p = catalog.find(id).orElseThrow(() -> new Missing("publication " + id));
        if (!EditPolicy.mayEdit(who, p, owner(id))) {
            throw new NotAllowed("you may not edit this publication");
        }
        Publication o = catalog.findByIdOrPath(other)
                .orElseThrow(() -> new FieldException("related", "no publication has the id or path " + other));
        Publication changed;
        try {
            changed = switch (op) {
                case "pin" -> Curation.pin(p, o.id(), p.related().size());
                case "unpin" -> Curation.unpin(p, o.id());
                case "ban" -> Curation.ban(p, o.id());
                case "unban" -> Curation.unban(p, o.id());
                case "up" -> Curation.move(p, o.id(), -1);
                case "down" -> Curation.move(p, o.id(), 1);
                default ->
                    throw new FieldException("related", "'" + op + "' is not pin, unpin, ban, unban, up or down");
            };
        } catch (IllegalArgumentException e) {
            throw new FieldException("related", e.getMessage());
        }
        String verb = switch (op) {
            case "pin" -> "pinned";
            case "unpin" -> "unpinned";
            case "ban" -> "banned";
            case "unban" -> "unbanned";
            default -> "moved";
        };
        return editorial.save(
                changed.toBuilder().updated(clock.instant()).build(),
                who.username(),
                verb + " related “" + o.title() + "”",
                false);
    }

    /**
     * Adds ({@code add}) or takes back ({@code remove}) a relation of this publication to another — named by id,
     * path or exact title — as a new revision; one to itself, or one that would go round, is refused.
     */
    Revision relate(String id, String op, String kind, String other, Account who) {
        Publication p = catalog.find(id).orElseThrow(() -> new Missing("publication " + id));
        if (!EditPolicy.mayEdit(who, p, owner(id))) {
            throw new NotAllowed("you may not edit this publication");
        }
        Relation.Kind k = Relation.Kind.ofCode(kind)
                .orElseThrow(() -> new FieldException(
                        "relations", "'" + kind + "' is not a kind of relation (" + Relation.Kind.codes() + ")"));
        Publication o = named(other.strip())
                .orElseThrow(() ->
                        new FieldException("relations", "no publication has the id, path or title " + other.strip()));
        Relation relation = new Relation(k, o.id());
        List<Relation> relations = new java.util.ArrayList<>(p.relations());
        switch (op) {
            case "add" -> {
                if (!relations.contains(relation)) {
                    relations.add(relation);
                }
            }
            case "remove" -> relations.remove(relation);
            default -> throw new FieldException("relations", "'" + op + "' is not add or remove");
        }
        String words = k.words(false).toLowerCase(java.util.Locale.ROOT);
        return editorial.save(
                p.toBuilder().relations(relations).updated(clock.instant()).build(),
                who.username(),
                (op.equals("add") ? "said it " : "no longer says it ") + words + " “" + o.title() + "”",
                false);
    }

    /** A publication by id, by path, or by its exact title when only one has it. */
    private java.util.Optional<Publication> named(String name) {
        java.util.Optional<Publication> byIdOrPath = catalog.findByIdOrPath(name);
        if (byIdOrPath.isPresent() || name.startsWith("/")) {
            return byIdOrPath;
        }
        List<String> titled = catalog.idsByTitle(name);
        if (titled.size() > 1) {
            throw new FieldException(
                    "relations", titled.size() + " publications have the title " + name + ": name one by its path");
        }
        return titled.stream().findFirst().flatMap(catalog::find);
    }

    /** Whether this account may change this publication (its form, its attachments). */
    boolean mayEdit(Publication p, Account who) {
        return EditPolicy.mayEdit(who, p, owner(p.id()));
    }

    Revision restore(String id, int number, Account who) {
        Publication stored = open(id, who);
        if (!EditPolicy.mayEdit(who, stored, owner(id))) {
            throw new NotAllowed("you may not edit this publication");
        }
        Revision old = editorial
                .revision(id, number)
                .orElseThrow(() -> new Missing("revision " + number + " of publication " + id));
        Publication restored = old.snapshot().toBuilder()
                .id(id)
                .status(stored.status())
                .sourceIds(stored.sourceIds())
                .created(stored.created())
                .updated(null)
                .build();
        return editorial.save(restored, who.username(), "restored revision " + number, true);
    }

    List<Revision> revisions(String id, Account who) {
        open(id, who);
        return editorial.revisions(id);
    }

    /** Resolves "translation of" (an id or a path) to the original's family, or adds an error for it. */
    private PublicationForm.Read withTranslation(PublicationForm form, PublicationForm.Read read) {
        if (!read.ok()) {
            return read;
        }
        String named = form.translationOf();
        if (named.isEmpty()) {
            return new PublicationForm.Read(
                    read.publication().toBuilder().translationOf(null).build(), Map.of());
        }
        Publication original = catalog.findByIdOrPath(named).orElse(null);
        if (original == null
                || original.translationFamily().equals(read.publication().id())) {
            return new PublicationForm.Read(
                    null,
                    Map.of(
                            "translationOf",
                            original == null
                                    ? "no publication has the id or path " + named
                                    : "a publication cannot be a translation of itself"));
        }
        return new PublicationForm.Read(
                read.publication().toBuilder()
                        .translationOf(original.translationFamily())
                        .build(),
                Map.of());
    }

    private Outcome store(Publication p, Account who, String note, boolean audited) {
        try {
            return new Outcome(
                    editorial.save(p.toBuilder().updated(clock.instant()).build(), who.username(), note, audited),
                    Map.of());
        } catch (FieldException e) {
            return new Outcome(null, Map.of(e.field() == null ? "title" : formField(e.field()), e.getMessage()));
        }
    }

    /** The form's name of a record's field: "seriesNumber" for "series_number". */
    private static String formField(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_([a-z])").matcher(field);
        return m.replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    private String note(Action action, Publication p) {
        return switch (action) {
            case SAVE -> "saved";
            case SUBMIT -> "submitted for review";
            case PUBLISH ->
                p.embargoUntil() != null && p.embargoUntil().isAfter(clock.instant())
                        ? "published, under embargo until " + p.embargoUntil()
                        : "published";
            case UNPUBLISH -> "unpublished";
            case DRAFT -> "returned to draft";
        };
    }

    /** What the editor is told after a save: "Published (revision 2)." */
    static String done(Revision r) {
        return Character.toUpperCase(r.note().charAt(0)) + r.note().substring(1) + " (revision " + r.number() + ").";
    }

    /** Refused by the policy: 403. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** No such publication, revision or attachment: 404. */
    static final class Missing extends RuntimeException {
        Missing(String what) {
            super("no " + what);
        }
    }
}
