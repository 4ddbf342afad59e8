package org.dossier.app.readinglist;

import java.security.Principal;
import java.util.List;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.app.alert.AlertLinks;
import org.dossier.app.citation.ReferenceFiles;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.dossier.readinglist.ReadingList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading lists on the site: the shared ones and one's own at /lists, each at a permanent address (/lists/{id}, its
 * latest version) and each version at its own (/lists/{id}/v/{n}), with its references as files; and, for those
 * signed in, starting a list, freezing a search as one, and changing a list they may change.
 */
@Controller
@ConditionalOnWebApplication
class ReadingListController {
    private final Curating curating;
    private final ReadingListPages pages;
    private final ListFeed feed;
    private final Accounts accounts;
    private final ReferenceFiles files;
    private final AlertLinks alerts;

    ReadingListController(
            Curating curating,
            ReadingListPages pages,
            ListFeed feed,
            Accounts accounts,
            ReferenceFiles files,
            AlertLinks alerts) {
        this.alerts = alerts;
        this.curating = curating;
        this.pages = pages;
        this.feed = feed;
        this.accounts = accounts;
        this.files = files;
    }

    /** The lists readers may see, and the visitor's own. */
    @GetMapping("/lists")
    String index(Principal principal, CsrfToken csrf, Model model) {
        Account me = me(principal);
        model.addAttribute(
                "page",
                new ReadingListsPage(
                        curating.shared(),
                        me == null ? List.of() : curating.ownedBy(me),
                        me != null,
                        Csrf.of(csrf),
                        (String) model.getAttribute("problem")));
        return "reading-lists";
    }

    @GetMapping("/lists/{id}")
    String latest(@PathVariable String id, Principal principal, CsrfToken csrf, Model model) {
        return show(id, null, principal, csrf, model);
    }

    @GetMapping("/lists/{id}/v/{version}")
    String version(
            @PathVariable String id, @PathVariable int version, Principal principal, CsrfToken csrf, Model model) {
        return show(id, version, principal, csrf, model);
    }

    @GetMapping("/lists/{id}/v/{version}/citations.{format}")
    @ResponseBody
    ResponseEntity<String> references(
            @PathVariable String id, @PathVariable int version, @PathVariable String format, Principal principal) {
        ReadingList list = found(id, version, me(principal));
        return files.ofPublications(
                format, pages.visibleItems(list), "reading-list-" + id + "-v" + version, pages.citation(list));
    }

    /** An Atom feed of the list's versions, each saying what it added, removed or changed, newest first. */
    @GetMapping("/lists/{id}/feed")
    ResponseEntity<String> feed(@PathVariable String id, Principal principal) {
        Account me = me(principal);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.atom(found(id, null, me), me));
    }

    @PostMapping("/lists")
    String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String introduction,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            return "redirect:/lists/"
                    + curating.create(me(principal), title, introduction).id();
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ".");
            return "redirect:/lists";
        }
    }

    /** The page that freezes a search (the parameters of /publications) as a list: a form, or a way to sign in. */
    @GetMapping("/lists/freeze")
    String freezing(
            @RequestParam MultiValueMap<String, String> params, Principal principal, CsrfToken csrf, Model model) {
        org.dossier.app.browse.SearchRequest search = org.dossier.app.browse.SearchRequest.parse(params);
        model.addAttribute(
                "page",
                new FreezePage(
                        search.atPage(1).queryString(),
                        hidden(params),
                        me(principal) != null,
                        Curating.FROZEN,
                        me(principal) == null ? null : Csrf.of(csrf)));
        return "freeze";
    }

    /** Freezes the search these parameters make (those of /publications) as a new list. */
    @PostMapping("/lists/freeze")
    String freeze(@RequestParam MultiValueMap<String, String> params, Principal principal) {
        MultiValueMap<String, String> search = new LinkedMultiValueMap<>(params);
        search.remove("_csrf");
        List<String> title = search.remove("title");
        ReadingList list =
                curating.freeze(me(principal), search, title == null || title.isEmpty() ? null : title.get(0));
        return "redirect:/lists/" + list.id();
    }

    @PostMapping("/lists/{id}/items")
    String item(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String op,
            @RequestParam(defaultValue = "") String publication,
            @RequestParam(required = false) String note,
            Principal principal,
            RedirectAttributes redirect) {
        return changed(id, redirect, () -> curating.item(id, op, publication, note, me(principal)));
    }

    @PostMapping("/lists/{id}/describe")
    String describe(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String introduction,
            Principal principal,
            RedirectAttributes redirect) {
        return changed(id, redirect, () -> curating.describe(id, title, introduction, me(principal)));
    }

    @PostMapping("/lists/{id}/share")
    String share(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean share,
            Principal principal,
            RedirectAttributes redirect) {
        return changed(id, redirect, () -> curating.share(id, share, me(principal)));
    }

    private String changed(String id, RedirectAttributes redirect, java.util.function.Supplier<ReadingList> change) {
        try {
            ReadingList list = change.get();
            redirect.addFlashAttribute("done", "Saved as version " + list.version() + ".");
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ".");
        } catch (org.dossier.readinglist.ReadingLists.ConcurrentChange e) {
            redirect.addFlashAttribute("problem", "The list was changed meanwhile: nothing was saved; try again.");
        }
        return "redirect:/lists/" + id;
    }

    private String show(String id, Integer version, Principal principal, CsrfToken csrf, Model model) {
        Account me = me(principal);
        model.addAttribute(
                "page",
                pages.of(
                        found(id, version, me),
                        version == null,
                        me,
                        Csrf.of(csrf),
                        (String) model.getAttribute("done"),
                        (String) model.getAttribute("problem")));
        model.addAttribute("alertHref", alerts.forList("/lists/" + id));
        return "reading-list";
    }

    private ReadingList found(String id, Integer version, Account me) {
        return curating.visible(id, version, me)
                .orElseThrow(() -> new NotFoundException(
                        "No reading list has the id " + id + (version == null ? "" : " and the version " + version)));
    }

    private static List<FreezePage.Field> hidden(MultiValueMap<String, String> params) {
        List<FreezePage.Field> out = new java.util.ArrayList<>();
        params.forEach((name, values) -> {
            if (!List.of("page", "size", "cursor", "_csrf").contains(name)) {
                values.forEach(v -> out.add(new FreezePage.Field(name, v)));
            }
        });
        return out;
    }

    private Account me(Principal principal) {
        return principal == null ? null : accounts.find(principal.getName()).orElse(null);
    }
}
