package org.dossier.app.editing;

import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.related.RelatedPublications;
import org.dossier.app.security.Csrf;
import org.dossier.attachment.Attachment;
import org.dossier.editorial.Editorial;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;

/** What the editing pages show. */
public final class EditPages {
    private EditPages() {}

    /** The list of publications to work on. */
    public record Worklist(String me, Csrf csrf, boolean mayCreate, List<Editorial.Entry> entries) {}

    /**
     * A suggestion of enrichment as editors see it: what it is, in words, the regions a place brings with it ("Sahel,
     * West Africa", or empty), and its evidence; open, or a place applied automatically.
     */
    public record Chip(String kind, String value, String label, String regions, String evidence, boolean applied) {}

    /** The queue of publications with open suggestions ({@code /edit/suggestions}), a page of it. */
    public record Queue(
            String me, Csrf csrf, int total, int page, boolean more, List<Queued> items, String done, String problem) {}

    /** A publication in the queue, with its suggestions. */
    public record Queued(String id, String title, String status, List<Chip> chips) {}

    /**
     * A publication's edit form (new when {@code id} is null), its state, the allowed actions, any errors,
     * and its attachments.
     */
    public record Form(
            String me,
            Csrf csrf,
            String id,
            Status status,
            String owner,
            String viewPath,
            PublicationForm form,
            Map<String, String> errors,
            List<Editing.Action> actions,
            String done,
            String problem,
            List<Attachment> attachments,
            Related related,
            List<Chip> suggestions) {
        public String error(String field) {
            return errors.get(field);
        }

        public String action() {
            return id == null ? "/edit/new" : "/edit/" + id;
        }
    }

    /**
     * Related publications on the edit page: the pins in order, the bans, the engine's suggestions with reasons,
     * and the relations both ways (with drafts, which readers do not see).
     */
    public record Related(
            List<Publication> pins,
            List<Publication> bans,
            List<RelatedPublications.Related> suggestions,
            List<Connection> relations) {

        /** The kinds of relation an editor may add, by Dossier's name and plain words. */
        public List<Relation.Kind> kinds() {
            return List.of(Relation.Kind.values());
        }
    }

    /** A publication's revisions, and the difference between one of them and the current version. */
    public record Revisions(
            String me,
            Csrf csrf,
            String id,
            String title,
            List<Editorial.Revision> revisions,
            Integer compared,
            List<RevisionDiff.FieldChange> changes,
            boolean mayRestore) {}
}
