package org.dossier.app.readinglist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingList.Item;

/** What a version of a list changed from the one before, in words: "Added “A”. Removed “B”. Reordered." */
final class ListChanges {
    private ListChanges() {}

    static String between(ReadingList before, ReadingList now, Map<String, String> titles) {
        if (before == null) {
            return now.items().isEmpty()
                    ? "Started, with no publications yet."
                    : "Started with " + names(ids(now.items()), titles) + ".";
        }
        List<String> was = ids(before.items());
        List<String> is = ids(now.items());
        List<String> said = new ArrayList<>();
        List<String> added = is.stream().filter(id -> !was.contains(id)).toList();
        List<String> removed = was.stream().filter(id -> !is.contains(id)).toList();
        if (!added.isEmpty()) {
            said.add("Added " + names(added, titles) + ".");
        }
        if (!removed.isEmpty()) {
            said.add("Removed " + names(removed, titles) + ".");
        }
        if (was.stream()
                        .filter(is::contains)
                        .toList()
                        .equals(is.stream().filter(was::contains).toList())
                == false) {
            said.add("Reordered.");
        }
        List<String> noted = now.items().stream()
                .filter(i -> before.items().stream()
                        .anyMatch(b ->
                                b.publicationId().equals(i.publicationId()) && !Objects.equals(b.note(), i.note())))
                .map(Item::publicationId)
                .toList();
        if (!noted.isEmpty()) {
            said.add("Changed the note on " + names(noted, titles) + ".");
        }
        if (!Objects.equals(before.title(), now.title())
                || !Objects.equals(before.introduction(), now.introduction())) {
            said.add("Changed the title or introduction.");
        }
        return said.isEmpty() ? "No change to its publications." : String.join(" ", said);
    }

    private static List<String> ids(List<Item> items) {
        return items.stream().map(Item::publicationId).toList();
    }

    private static String names(List<String> ids, Map<String, String> titles) {
        return String.join(
                ", ",
                ids.stream().map(id -> "“" + titles.getOrDefault(id, id) + "”").toList());
    }
}
