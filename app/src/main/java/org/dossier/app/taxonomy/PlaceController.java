package org.dossier.app.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.InvalidForm;
import org.dossier.app.shared.NotFoundException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' places ({@code /admin/taxonomy/place}): every country, region and organisation with where it
 * lies and how many publications name it; add one; change one's name, kind, regions and other names;
 * remove one nobody uses.
 */
@Controller
@ConditionalOnWebApplication
class PlaceController {
    private static final String LIST = "/admin/taxonomy/place";
    private static final List<Place.Kind> LISTED_FIRST =
            List.of(Place.Kind.REGION, Place.Kind.COUNTRY, Place.Kind.ORGANIZATION);

    private final Gazetteer gazetteer;
    private final PlaceStore store;
    private final PlaceChanges changes;

    PlaceController(Gazetteer gazetteer, PlaceStore store, PlaceChanges changes) {
        this.gazetteer = gazetteer;
        this.store = store;
        this.changes = changes;
    }

    @GetMapping(LIST)
    String places(Principal me, CsrfToken csrf, Model model) {
        return all(
                me,
                csrf,
                model,
                new PlacePages.Form(PlaceForm.empty(), Map.of(), flash(model, "done"), flash(model, "problem")));
    }

    @PostMapping(LIST)
    String add(
            @ModelAttribute PlaceForm form,
            Principal me,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Place added = changes.add(form, me.getName());
            redirect.addFlashAttribute("done", "Added " + added.name() + " (" + added.code() + ").");
            return "redirect:" + LIST + "/" + added.code();
        } catch (InvalidForm e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return all(me, csrf, model, new PlacePages.Form(form, e.errors(), null, null));
        }
    }

    @GetMapping(LIST + "/{code}")
    String place(@PathVariable String code, Principal me, CsrfToken csrf, Model model) {
        Place place = gazetteer.find(code).orElseThrow(() -> missing(code));
        return one(
                code,
                me,
                csrf,
                model,
                new PlacePages.Form(
                        PlaceForm.of(place, gazetteer), Map.of(), flash(model, "done"), flash(model, "problem")));
    }

    @PostMapping(LIST + "/{code}/save")
    String save(
            @PathVariable String code,
            @ModelAttribute PlaceForm form,
            Principal me,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        gazetteer.find(code).orElseThrow(() -> missing(code));
        try {
            int touched = changes.change(code, form, me.getName());
            redirect.addFlashAttribute(
                    "done", "Saved. " + touched + " publications in this place or a place within it are re-indexed.");
            return "redirect:" + LIST + "/" + code;
        } catch (InvalidForm e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return one(code, me, csrf, model, new PlacePages.Form(form.withCode(code), e.errors(), null, null));
        }
    }

    @PostMapping(LIST + "/{code}/delete")
    String delete(@PathVariable String code, Principal me, RedirectAttributes redirect) {
        String name = gazetteer.find(code).orElseThrow(() -> missing(code)).name();
        Optional<String> refused = changes.delete(code, me.getName());
        if (refused.isPresent()) {
            redirect.addFlashAttribute("problem", refused.get() + ".");
            return "redirect:" + LIST + "/" + code;
        }
        redirect.addFlashAttribute("done", "Removed " + name + " (" + code + ").");
        return "redirect:" + LIST;
    }

    private String all(Principal me, CsrfToken csrf, Model model, PlacePages.Form add) {
        Map<String, Long> counts = store.publicationCounts();
        List<PlacePages.Row> rows = gazetteer.all().stream()
                .sorted(Comparator.comparing((Place p) -> LISTED_FIRST.indexOf(p.kind()))
                        .thenComparing(p -> Gazetteer.key(p.name())))
                .map(p -> new PlacePages.Row(
                        p.code(), p.name(), p.kind().key(), names(p.parents()), counts.getOrDefault(p.code(), 0L)))
                .toList();
        model.addAttribute(
                "page", new PlacePages.All(me.getName(), Csrf.of(csrf), TaxonomyController.tabs(), rows, add));
        return "admin/places";
    }

    private String one(String code, Principal me, CsrfToken csrf, Model model, PlacePages.Form edit) {
        List<String> within =
                gazetteer.within(code).stream().map(Place::name).sorted().toList();
        model.addAttribute(
                "page",
                new PlacePages.One(
                        me.getName(),
                        Csrf.of(csrf),
                        code,
                        edit,
                        within,
                        store.publicationCounts().getOrDefault(code, 0L)));
        return "admin/place";
    }

    private String names(List<String> codes) {
        return String.join(
                ", ",
                codes.stream()
                        .map(c -> gazetteer.find(c).map(Place::name).orElse(c))
                        .toList());
    }

    private static String flash(Model model, String name) {
        return (String) model.getAttribute(name);
    }

    private static NotFoundException missing(String code) {
        return new NotFoundException("There is no place '" + code + "'.");
    }
}
