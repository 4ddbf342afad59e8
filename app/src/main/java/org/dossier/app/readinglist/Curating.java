package org.dossier.app.readinglist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.account.Account;
import org.dossier.account.Role;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.dossier.publication.Ids;
import org.dossier.publication.Limits;
import org.dossier.publication.Publication;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingList.Item;
import org.dossier.readinglist.ReadingLists;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What readers and editors do with reading lists: start one, freeze a search as one, add, move, annotate and remove
 * items, retitle it — each a new version — and (editors) share it with readers. A list is its owner's to change;
 * a shared list is also its editors'.
 */
@Service
@ConditionalOnWebApplication
class Curating {
    /** How many results of a search a frozen list keeps, in the search's order. */
    static final int FROZEN = SearchRequest.MAX_SIZE;

    private static final int MAX_TITLE = 300;

    private final ReadingLists lists;
    private final ReaderCatalog catalog;
    private final Listings listings;

    Curating(ReadingLists lists, ReaderCatalog catalog, Listings listings) {
        this.lists = lists;
        this.catalog = catalog;
        this.listings = listings;
    }

    ReadingList create(Account who, String title, String introduction) {
        text("introduction", introduction);
        return lists.save(
                new ReadingList(
                        Ids.newId(), who.username(), false, 0, null, title(title), introduction, null, List.of()),
                who.username());
    }

    /** A new list of the search's first {@link #FROZEN} results, in its order, with the search kept. */
    ReadingList freeze(Account who, Map<String, List<String>> params, String title) {
        SearchRequest asked = SearchRequest.parse(params);
        SearchRequest all =
                new SearchRequest(asked.q(), asked.filters(), asked.from(), asked.to(), asked.sort(), 1, FROZEN, null);
        List<Item> items = listings.search(all, EnumSet.noneOf(Facet.class)).items().stream()
                .map(i -> new Item(i.publication().id(), null))
                .toList();
        String query = asked.atPage(1).queryString();
        String named = title == null || title.isBlank()
                ? "Search: " + (query.isEmpty() ? "all publications" : describe(asked))
                : title;
        return lists.save(
                new ReadingList(Ids.newId(), who.username(), false, 0, null, title(named), null, query, items),
                who.username());
    }

    /** The list at this version (the latest when null), if this visitor (null: anonymous) may see it. */
    Optional<ReadingList> visible(String id, Integer version, Account who) {
        Optional<ReadingList> latest = lists.find(id);
        if (latest.isEmpty() || !(latest.get().shared() || owns(latest.get(), who))) {
            return Optional.empty();
        }
        return version == null ? latest : lists.find(id, version);
    }

    /**
     * Adds (at the end) a publication readers may see, named by id or path; or moves up or down, annotates or removes
     * one on the list, by id (also one withdrawn since).
     */
    ReadingList item(String id, String op, String publication, String note, Account who) {
        ReadingList list = changeable(id, who);
        String named = publication == null ? "" : publication.strip();
        String publicationId = op.equals("add")
                ? catalog.findByIdOrPath(named)
                        .map(Publication::id)
                        .orElseThrow(() -> new FieldException(
                                "publication", "no publication readers may see has the id or path " + named))
                : named;
        List<Item> items = new ArrayList<>(list.items());
        int at = indexOf(items, publicationId);
        switch (op) {
            case "add" -> {
                if (at < 0) {
                    items.add(new Item(publicationId, note));
                }
            }
            case "note" -> {
                if (at >= 0) {
                    items.set(at, new Item(publicationId, note));
                }
            }
            case "remove" -> {
                if (at >= 0) {
                    items.remove(at);
                }
            }
            case "up", "down" -> {
                int to = at + (op.equals("up") ? -1 : 1);
                if (at >= 0 && to >= 0 && to < items.size()) {
                    items.add(to, items.remove(at));
                }
            }
            default -> throw new FieldException("op", "'" + op + "' is not add, note, up, down or remove");
        }
        text("note", note);
        return items.equals(list.items()) ? list : lists.save(list.withItems(items), who.username());
    }

    ReadingList describe(String id, String title, String introduction, Account who) {
        ReadingList list = changeable(id, who);
        text("introduction", introduction);
        return lists.save(list.describedAs(title(title), introduction), who.username());
    }

    /** Shares the list with readers, or takes it back: editors only. */
    ReadingList share(String id, boolean share, Account who) {
        ReadingList list = changeable(id, who);
        if (!who.role().includes(Role.EDITOR)) {
            throw new AccessDeniedException("only editors share reading lists with readers");
        }
        return list.shared() == share ? list : lists.save(list.sharedWithReaders(share), who.username());
    }

    List<ReadingLists.Version> versions(String id) {
        return lists.versions(id);
    }

    List<ReadingList> shared() {
        return lists.shared();
    }

    List<ReadingList> ownedBy(Account who) {
        return lists.ownedBy(who.username());
    }

    static boolean mayChange(ReadingList list, Account who) {
        return owns(list, who) || (who != null && list.shared() && who.role().includes(Role.EDITOR));
    }

    private ReadingList changeable(String id, Account who) {
        ReadingList list =
                visible(id, null, who).orElseThrow(() -> new NotFoundException("No reading list has the id " + id));
        if (!mayChange(list, who)) {
            throw new AccessDeniedException("you may not change this reading list");
        }
        return list;
    }

    private static boolean owns(ReadingList list, Account who) {
        return who != null && list.owner().equals(who.username());
    }

    private static String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new FieldException("title", "a reading list needs a title");
        }
        if (t.length() > MAX_TITLE) {
            throw new FieldException("title", "a title has at most " + MAX_TITLE + " characters");
        }
        return t;
    }

    /** An introduction or a note, within the length of a publication's longest texts ({@link Limits#PARAGRAPHS}). */
    private static void text(String field, String value) {
        if (value != null && value.length() > Limits.PARAGRAPHS) {
            throw new FieldException(field, "has at most " + Limits.PARAGRAPHS + " characters");
        }
    }

    /** "mali · Type: Peace Brief": the words and filters of a search, as a default title. */
    private static String describe(SearchRequest r) {
        List<String> parts = new ArrayList<>();
        if (!r.q().isBlank()) {
            parts.add(r.q());
        }
        r.filters().forEach((facet, values) -> parts.add(facet.key() + ": " + String.join(", ", values)));
        return String.join(" · ", parts);
    }

    private static int indexOf(List<Item> items, String publicationId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).publicationId().equals(publicationId)) {
                return i;
            }
        }
        return -1;
    }
}
