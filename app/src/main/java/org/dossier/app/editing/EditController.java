package org.dossier.app.editing;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.Role;
import org.dossier.app.browse.Connection;
import org.dossier.app.related.RelatedPublications;
import org.dossier.app.security.Csrf;
import org.dossier.app.web.PublicationPages;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.editorial.Editorial;
import org.dossier.editorial.Editorial.Revision;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editing pages under {@code /edit} (signed-in contributors and up): the worklist, the form of a new
 * or existing publication with the actions its state and the editor's role allow, and its revisions with
 * the difference from the current version and a restore button. Plain forms; no script needed.
 */
@Controller
@ConditionalOnWebApplication
class EditController {
    private static final int WORKLIST = 200;
    private static final int SUGGESTIONS = 8;

    private final Editing editing;
    private final Editorial editorial;
    private final Accounts accounts;
    private final Attachments attachments;
    private final RelatedPublications relatedPublications;
    private final Catalog catalog;
    private final Clock clock;
    private final PublicationPages publicationPages;
    private final SuggestionReview review;

    EditController(
            Editing editing,
            Editorial editorial,
            Accounts accounts,
            Attachments attachments,
            RelatedPublications relatedPublications,
            Catalog catalog,
            Clock clock,
            PublicationPages publicationPages,
            SuggestionReview review) {
        this.publicationPages = publicationPages;
        this.review = review;
        this.relatedPublications = relatedPublications;
        this.catalog = catalog;
        this.attachments = attachments;
        this.editing = editing;
        this.editorial = editorial;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/edit")
    String worklist(Principal principal, CsrfToken csrf, Model model) {
        Account me = me(principal);
        boolean editor = me.role().includes(Role.EDITOR);
        model.addAttribute(
                "page",
                new EditPages.Worklist(
                        me.username(),
                        Csrf.of(csrf),
                        EditPolicy.mayCreate(me),
                        editorial.worklist(editor ? null : me.username(), WORKLIST)));
        return "edit/list";
    }

    @GetMapping("/edit/new")
    String blank(Principal principal, CsrfToken csrf, Model model) {
        Account me = me(principal);
        if (!EditPolicy.mayCreate(me)) {
            throw new Editing.NotAllowed("your role may not create publications");
        }
        model.addAttribute(
                "page", newForm(me, csrf, editing.blankForm(), Map.of(), (String) model.getAttribute("problem")));
        return "edit/form";
    }

    /** The form of a publication not yet saved: it can only be saved. */
    private static EditPages.Form newForm(
            Account me, CsrfToken csrf, PublicationForm form, Map<String, String> errors, String problem) {
        return new EditPages.Form(
                me.username(),
                Csrf.of(csrf),
                null,
                null,
                me.username(),
                null,
                form,
                errors,
                List.of(Editing.Action.SAVE),
                null,
                problem,
                List.of(),
                null,
                List.of());
    }

    @PostMapping("/edit/new")
    String create(
            @ModelAttribute PublicationForm form,
            Principal principal,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Account me = me(principal);
        Editing.Outcome outcome = editing.create(form, me);
        if (!outcome.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", newForm(me, csrf, form, outcome.errors(), null));
            return "edit/form";
        }
        redirect.addFlashAttribute("done", "Draft created.");
        return "redirect:/edit/" + outcome.revision().publicationId();
    }

    @GetMapping("/edit/{id}")
    String edit(@PathVariable String id, Principal principal, CsrfToken csrf, Model model) {
        Account me = me(principal);
        Publication p = editing.open(id, me);
        model.addAttribute(
                "page", formPage(me, csrf, p, editing.formOf(p), Map.of(), (String) model.getAttribute("done"), (String)
                        model.getAttribute("problem")));
        return "edit/form";
    }

    /** The publication's page as readers would see it, for those who may edit it — also before readers may. */
    @GetMapping("/edit/{id}/preview")
    String preview(@PathVariable String id, Principal principal, Model model, HttpServletResponse response) {
        Publication p = editing.open(id, me(principal));
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("page", publicationPages.preview(p, previewNotice(p)));
        return "publication";
    }

    private String previewNotice(Publication p) {
        if (p.visibleAt(clock.instant())) {
            return "readers see this publication as shown here.";
        }
        if (p.status().forReaders()) {
            return "readers will see this publication from " + p.embargoUntil() + " (UTC), when its embargo ends.";
        }
        return "readers cannot see this publication while it is " + p.status().code() + ".";
    }

    @PostMapping("/edit/{id}")
    String save(
            @PathVariable String id,
            @ModelAttribute PublicationForm form,
            @RequestParam(defaultValue = "save") String action,
            Principal principal,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Account me = me(principal);
        Editing.Action chosen = java.util.Arrays.stream(Editing.Action.values())
                .filter(a -> a.key().equals(action))
                .findFirst()
                .orElseThrow(() -> new Editing.NotAllowed("'" + action + "' is not an action"));
        Editing.Outcome outcome = editing.save(id, form, chosen, me);
        if (!outcome.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", formPage(me, csrf, editing.open(id, me), form, outcome.errors(), null, null));
            return "edit/form";
        }
        redirect.addFlashAttribute(
                "done", outcome.revision() == null ? "Nothing changed." : Editing.done(outcome.revision()));
        return "redirect:/edit/" + id;
    }

    @PostMapping("/edit/{id}/related")
    String curate(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String op,
            @RequestParam(defaultValue = "") String other,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", Editing.done(editing.curate(id, op, other, me(principal))));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", "Related publications: " + e.getMessage() + ".");
        }
        return "redirect:/edit/" + id + "#related";
    }

    @PostMapping("/edit/{id}/relations")
    String relate(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String op,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String other,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", Editing.done(editing.relate(id, op, kind, other, me(principal))));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", "Relations: " + e.getMessage() + ".");
        }
        return "redirect:/edit/" + id + "#relations";
    }

    @PostMapping("/edit/{id}/suggestions")
    String decide(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String op,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String from,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", review.decide(id, op, kind, value, me(principal)));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", "Suggestions: " + e.getMessage() + ".");
        }
        return from.equals("queue") ? "redirect:/edit/suggestions" : "redirect:/edit/" + id + "#suggestions";
    }

    @GetMapping("/edit/{id}/revisions")
    String revisions(
            @PathVariable String id,
            @RequestParam(required = false) Integer compare,
            Principal principal,
            CsrfToken csrf,
            Model model) {
        Account me = me(principal);
        Publication current = editing.open(id, me);
        List<Revision> all = editing.revisions(id, me);
        List<RevisionDiff.FieldChange> changes = compare == null
                ? List.of()
                : all.stream()
                        .filter(r -> r.number() == compare)
                        .findFirst()
                        .map(r -> RevisionDiff.between(r.snapshot(), current))
                        .orElseThrow(() -> new Editing.Missing("revision " + compare + " of publication " + id));
        model.addAttribute(
                "page",
                new EditPages.Revisions(
                        me.username(),
                        Csrf.of(csrf),
                        id,
                        current.title(),
                        all,
                        compare,
                        changes,
                        EditPolicy.mayEdit(me, current, editing.owner(id))));
        return "edit/revisions";
    }

    @PostMapping("/edit/{id}/revisions/{number}/restore")
    String restore(
            @PathVariable String id, @PathVariable int number, Principal principal, RedirectAttributes redirect) {
        Revision r = editing.restore(id, number, me(principal));
        redirect.addFlashAttribute("done", "Restored revision " + number + " (revision " + r.number() + ").");
        return "redirect:/edit/" + id;
    }

    private EditPages.Form formPage(
            Account me,
            CsrfToken csrf,
            Publication p,
            PublicationForm form,
            Map<String, String> errors,
            String done,
            String problem) {
        String viewPath = p.visibleAt(clock.instant()) ? p.path() : null;
        return new EditPages.Form(
                me.username(),
                Csrf.of(csrf),
                p.id(),
                p.status(),
                editing.owner(p.id()),
                viewPath,
                form,
                errors,
                editing.actions(p, me),
                done,
                problem,
                attachments.of(p.id()),
                related(p),
                review.open(p.id()));
    }

    private EditPages.Related related(Publication p) {
        List<RelatedPublications.Related> suggestions =
                relatedPublications.of(p, SUGGESTIONS + p.related().size()).stream()
                        .filter(r -> !r.item().pinned())
                        .toList();
        return new EditPages.Related(
                catalog.findSummaries(p.related()),
                catalog.findSummaries(p.bannedRelated()),
                suggestions,
                Connection.of(List.of(p), catalog, catalog::findSummaries).getOrDefault(p.id(), List.of()));
    }

    private Account me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
