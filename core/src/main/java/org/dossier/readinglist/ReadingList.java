package org.dossier.readinglist;

import java.time.Instant;
import java.util.List;
import org.dossier.publication.Text;

/**
 * A reading list as it stood at one of its versions: a title, an introduction (Markdown), the publications in the
 * order chosen, each with a note, and — when it was frozen from a search — the search it froze. Every change makes a
 * new version; a version, once made, never changes, so its address always shows the same list. A list is its
 * owner's alone until it is shared (published) for readers.
 */
public record ReadingList(
        String id,
        String owner,
        boolean shared,
        int version,
        Instant versionCreated,
        String title,
        String introduction,
        String query,
        List<Item> items) {

    /** A publication on the list, with the curator's note on it (null for none). */
    public record Item(String publicationId, String note) {
        public Item {
            note = Text.clean(note);
        }
    }

    public ReadingList {
        title = Text.line(title);
        introduction = Text.clean(introduction);
        query = Text.clean(query);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The list with other items, as the content of its next version. */
    public ReadingList withItems(List<Item> newItems) {
        return new ReadingList(id, owner, shared, version, versionCreated, title, introduction, query, newItems);
    }

    /** The list with another title and introduction, as the content of its next version. */
    public ReadingList describedAs(String newTitle, String newIntroduction) {
        return new ReadingList(id, owner, shared, version, versionCreated, newTitle, newIntroduction, query, items);
    }

    /** The list shared with readers (or taken back), as the content of its next version. */
    public ReadingList sharedWithReaders(boolean share) {
        return new ReadingList(id, owner, share, version, versionCreated, title, introduction, query, items);
    }
}
