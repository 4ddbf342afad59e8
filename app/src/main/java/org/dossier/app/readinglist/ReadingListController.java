package org.dossier.app.readinglist;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.Role;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.citation.ReferenceFiles;
import org.dossier.app.feed.ChangeFeed;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.NotFoundException;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.dossier.catalog.Catalog;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.readinglist.ReadingList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
    /** How many versions the feed of a list's changes holds. */
    private static final int FEED_VERSIONS = 20;

    private static final DateTimeFormatter CITED_DAY = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

    private final Curating curating;
    private final Accounts accounts;
    private final ReaderCatalog readers;
    private final Catalog catalog;
    private final ReferenceFiles files;
    private final SiteUrls urls;
    private final Site site;
    private final ChangeFeed feeds;

    ReadingListController(
            Curating curating,
            Accounts accounts,
            ReaderCatalog readers,
            Catalog catalog,
            ReferenceFiles files,
            SiteUrls urls,
            Site site,
            ChangeFeed feeds) {
        this.feeds = feeds;
        this.curating = curating;
        this.accounts = accounts;
        this.readers = readers;
        this.catalog = catalog;
        this.files = files;
        this.urls = urls;
        this.site = site;
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
        Map<String, Publication> byId = new HashMap<>();
        readers.findSummaries(ids(list)).forEach(p -> byId.put(p.id(), p));
        List<Publication> items =
                ids(list).stream().filter(byId::containsKey).map(byId::get).toList();
        return files.ofPublications(format, items, "reading-list-" + id + "-v" + version, citation(list));
    }

    /** An Atom feed of the list's versions, each saying what it added, removed or changed, newest first. */
    @GetMapping("/lists/{id}/feed")
    ResponseEntity<String> feed(@PathVariable String id, Principal principal) {
        ReadingList latest = found(id, null, me(principal));
        int newest = latest.version();
        int oldest = Math.max(1, newest - FEED_VERSIONS + 1);
        Map<Integer, ReadingList> byNumber = new HashMap<>();
        for (int v = Math.max(1, oldest - 1); v <= newest; v++) {
            curating.visible(id, v, me(principal)).ifPresent(l -> byNumber.put(l.version(), l));
        }
        Map<String, String> titles = new HashMap<>();
        catalog.findSummaries(byNumber.values().stream()
                        .flatMap(l -> ids(l).stream())
                        .distinct()
                        .toList())
                .forEach(p -> titles.put(p.id(), p.title()));
        Map<Integer, String> by = new HashMap<>();
        curating.versions(id).forEach(v -> by.put(v.number(), v.by()));
        List<ChangeFeed.Change> changes = new java.util.ArrayList<>();
        for (int v = newest; v >= oldest; v--) {
            ReadingList now = byNumber.get(v);
            changes.add(new ChangeFeed.Change(
                    urls.of("/lists/" + id + "/v/" + v),
                    now.title() + ", version " + v,
                    now.versionCreated(),
                    by.getOrDefault(v, ""),
                    ListChanges.between(byNumber.get(v - 1), now, titles)));
        }
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feeds.atom(latest.title(), urls.of("/lists/" + id + "/feed"), urls.of("/lists/" + id), changes));
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
        ReadingList list = found(id, version, me);
        Map<String, Publication> shown = new HashMap<>();
        readers.findSummaries(ids(list)).forEach(p -> shown.put(p.id(), p));
        Map<String, Publication> stored = new HashMap<>();
        catalog.findSummaries(ids(list)).forEach(p -> stored.put(p.id(), p));
        Map<String, List<Connection>> connections = readers.connections(shown.values());
        List<ReadingListPage.Entry> entries = list.items().stream()
                .filter(i -> stored.containsKey(i.publicationId()))
                .map(i -> new ReadingListPage.Entry(
                        i.publicationId(),
                        stored.get(i.publicationId()).title(),
                        shown.get(i.publicationId()),
                        i.note(),
                        connections.getOrDefault(i.publicationId(), List.of()).stream()
                                .filter(c -> c.inverse() && c.kind() == Relation.Kind.SUPERSEDES)
                                .map(Connection::other)
                                .findFirst()
                                .orElse(null)))
                .toList();
        boolean mayChange = version == null && Curating.mayChange(list, me);
        model.addAttribute(
                "page",
                new ReadingListPage(
                        list,
                        entries,
                        curating.versions(id),
                        urls.of("/lists/" + id + "/v/" + list.version()),
                        citation(list),
                        mayChange,
                        mayChange && me.role().includes(Role.EDITOR),
                        Csrf.of(csrf),
                        (String) model.getAttribute("done"),
                        (String) model.getAttribute("problem")));
        return "reading-list";
    }

    /** "Institute for Sahel Studies. (2026, November 30). Title (Version 2) [Reading list]. https://…/v/2" */
    private String citation(ReadingList list) {
        String publisher = site.settings().publisher().isEmpty()
                ? site.settings().name()
                : site.settings().publisher();
        return publisher + ". (" + CITED_DAY.format(list.versionCreated().atZone(ZoneOffset.UTC)) + "). " + list.title()
                + " (Version " + list.version() + ") [Reading list]. "
                + urls.of("/lists/" + list.id() + "/v/" + list.version());
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

    private static List<String> ids(ReadingList list) {
        return list.items().stream().map(ReadingList.Item::publicationId).toList();
    }

    private Account me(Principal principal) {
        return principal == null ? null : accounts.find(principal.getName()).orElse(null);
    }
}
