package org.dossier.app.taxonomy;

import java.security.Principal;
import java.util.Arrays;
import org.dossier.app.security.Csrf;
import org.dossier.catalog.Vocabulary;
import org.dossier.catalog.Vocabulary.Kind;
import org.dossier.field.FieldException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' page for topics, types and collections ({@code /admin/taxonomy/{kind}}; places: {@link PlaceController}): each with how many
 * publications use it; rename (or merge into another) everywhere; describe topics and collections.
 */
@Controller
@ConditionalOnWebApplication
class TaxonomyController {
    private final Vocabulary vocabulary;
    private final TermRenames renames;

    TaxonomyController(Vocabulary vocabulary, TermRenames renames) {
        this.vocabulary = vocabulary;
        this.renames = renames;
    }

    @GetMapping("/admin/taxonomy")
    String taxonomy() {
        return "redirect:/admin/taxonomy/topic";
    }

    @GetMapping("/admin/taxonomy/{kind}")
    String terms(@PathVariable String kind, Principal me, CsrfToken csrf, Model model) {
        Kind k = kind(kind);
        model.addAttribute(
                "page",
                new TaxonomyPage(
                        me.getName(),
                        Csrf.of(csrf),
                        k.key(),
                        tabs(),
                        k != Kind.TYPE,
                        vocabulary.terms(k),
                        (String) model.getAttribute("done"),
                        (String) model.getAttribute("problem")));
        return "admin/taxonomy";
    }

    @PostMapping("/admin/taxonomy/{kind}/rename")
    String rename(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Principal me,
            RedirectAttributes redirect) {
        try {
            int n = renames.rename(kind(kind), from, to, me.getName());
            redirect.addFlashAttribute(
                    "done", "Renamed “" + from + "” to “" + to.strip() + "” in " + n + " publications.");
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", e.field() + ": " + e.getMessage() + ".");
        }
        return "redirect:/admin/taxonomy/" + kind;
    }

    @PostMapping("/admin/taxonomy/{kind}/describe")
    String describe(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) String isA,
            RedirectAttributes redirect) {
        boolean done = vocabulary.describe(kind(kind), name, description);
        if (done && isA != null && kind(kind) == Kind.COLLECTION) {
            vocabulary.classify(name, isA);
        }
        redirect.addFlashAttribute(
                done ? "done" : "problem", done ? "Described “" + name + "”." : "name: there is no such " + kind + ".");
        return "redirect:/admin/taxonomy/" + kind;
    }

    /** The kinds of terms, as the taxonomy pages' tabs: places have their own pages ({@link PlaceController}). */
    static java.util.List<String> tabs() {
        return java.util.stream.Stream.concat(
                        Arrays.stream(Kind.values()).map(Kind::key), java.util.stream.Stream.of("place"))
                .toList();
    }

    private static Kind kind(String key) {
        return Arrays.stream(Kind.values())
                .filter(k -> k.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new org.dossier.app.shared.NotFoundException(
                        "No taxonomy '" + key + "': topic, type or collection"));
    }
}
