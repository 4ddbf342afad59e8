package org.dossier.readinglist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of reading lists and all their versions. */
public interface ReadingLists {

    /** A version of a list: its number, when it was made and by whom, and how many publications it held. */
    record Version(int number, Instant created, String by, int items) {}

    /**
     * Saves {@code list} as the next version of its list (the first when no list has its id), made by {@code by}
     * now; returns it with its number and time. Throws {@link ConcurrentChange} when another version was saved since
     * {@code list.version()} was read.
     */
    ReadingList save(ReadingList list, String by);

    /** The latest version of the list. */
    Optional<ReadingList> find(String id);

    Optional<ReadingList> find(String id, int version);

    /** Its versions, the first first. */
    List<Version> versions(String id);

    /** The latest versions of an account's lists, the most recently changed first. */
    List<ReadingList> ownedBy(String owner);

    /** The latest versions of the lists shared with readers, the most recently changed first. */
    List<ReadingList> shared();

    /** Another version was saved between reading a list and saving its next version. */
    final class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String id) {
            super("reading list " + id + " was changed meanwhile");
        }
    }
}
