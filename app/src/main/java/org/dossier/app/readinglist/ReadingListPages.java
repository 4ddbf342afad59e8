package org.dossier.app.readinglist;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.account.Role;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.readinglist.ReadingList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Builds a version's page: its items as readers may see them now, its versions, and how to cite it. */
@Component
@ConditionalOnWebApplication
class ReadingListPages {
    private static final DateTimeFormatter CITED_DAY = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

    private final Curating curating;
    private final ReaderCatalog readers;
    private final Catalog catalog;
    private final SiteUrls urls;
    private final Site site;

    ReadingListPages(Curating curating, ReaderCatalog readers, Catalog catalog, SiteUrls urls, Site site) {
        this.curating = curating;
        this.readers = readers;
        this.catalog = catalog;
        this.urls = urls;
        this.site = site;
    }

    /** The page of {@code list}; its forms only on the latest version, for those who may change it. */
    ReadingListPage of(ReadingList list, boolean latest, Account me, Csrf csrf, String done, String problem) {
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
                        supersededBy(connections.getOrDefault(i.publicationId(), List.of()))))
                .toList();
        boolean mayChange = latest && Curating.mayChange(list, me);
        return new ReadingListPage(
                list,
                entries,
                curating.versions(list.id()),
                urls.of(versionPath(list)),
                citation(list),
                mayChange,
                mayChange && me.role().includes(Role.EDITOR),
                csrf,
                done,
                problem);
    }

    /** The publications of a version that readers may see now, in the list's order. */
    List<Publication> visibleItems(ReadingList list) {
        Map<String, Publication> byId = new HashMap<>();
        readers.findSummaries(ids(list)).forEach(p -> byId.put(p.id(), p));
        return ids(list).stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** "Institute for Sahel Studies. (2026, November 30). Title (Version 2) [Reading list]. https://…/v/2" */
    String citation(ReadingList list) {
        String publisher = site.settings().publisher().isEmpty()
                ? site.settings().name()
                : site.settings().publisher();
        return publisher + ". (" + CITED_DAY.format(list.versionCreated().atZone(ZoneOffset.UTC)) + "). " + list.title()
                + " (Version " + list.version() + ") [Reading list]. " + urls.of(versionPath(list));
    }

    static List<String> ids(ReadingList list) {
        return list.items().stream().map(ReadingList.Item::publicationId).toList();
    }

    private static String versionPath(ReadingList list) {
        return "/lists/" + list.id() + "/v/" + list.version();
    }

    private static Publication supersededBy(List<Connection> connections) {
        return connections.stream()
                .filter(c -> c.inverse() && c.kind() == Relation.Kind.SUPERSEDES)
                .map(Connection::other)
                .findFirst()
                .orElse(null);
    }
}
