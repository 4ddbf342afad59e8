package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingList.Item;
import org.dossier.readinglist.ReadingLists;
import org.junit.jupiter.api.Test;

/** What every store must do with reading lists: keep every version as it was, and one next version at a time. */
interface ReadingListsContract {

    ReadingLists readingLists();

    @Test
    default void keepsEveryVersionAsItWasAndAnswersWithTheLatest() {
        ReadingList v1 = readingLists()
                .save(
                        new ReadingList(
                                "01LISTMALI000000000000000A",
                                "editor",
                                false,
                                0,
                                null,
                                "Mali in five readings",
                                "Start *here*.",
                                "q=mali&type=Peace+Brief",
                                List.of(new Item("p1", "The origins."), new Item("p2", null))),
                        "editor");
        ReadingList v2 = readingLists()
                .save(
                        v1.withItems(List.of(
                                new Item("p2", null), new Item("p3", "Newer."), new Item("p1", "The origins."))),
                        "admin");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(readingLists().find(v1.id()).orElseThrow()).isEqualTo(v2);
        ReadingList first = readingLists().find(v1.id(), 1).orElseThrow();
        assertThat(first.items()).containsExactly(new Item("p1", "The origins."), new Item("p2", null));
        assertThat(first.title()).isEqualTo("Mali in five readings");
        assertThat(first.query()).isEqualTo("q=mali&type=Peace+Brief");
        assertThat(readingLists().versions(v1.id()))
                .extracting(ReadingLists.Version::number, ReadingLists.Version::by, ReadingLists.Version::items)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "editor", 2),
                        org.assertj.core.groups.Tuple.tuple(2, "admin", 3));
        assertThat(readingLists().find(v1.id(), 3)).isEmpty();
    }

    @Test
    default void refusesASecondNextVersionFromTheSameOne() {
        ReadingList v1 = readingLists()
                .save(
                        new ReadingList(
                                "01LISTRACE000000000000000A", "reader", false, 0, null, "Mine", null, null, List.of()),
                        "reader");
        readingLists().save(v1.withItems(List.of(new Item("p1", null))), "reader");

        assertThatThrownBy(() -> readingLists().save(v1.withItems(List.of(new Item("p2", null))), "reader"))
                .isInstanceOf(ReadingLists.ConcurrentChange.class);
        assertThat(readingLists().find(v1.id()).orElseThrow().items()).containsExactly(new Item("p1", null));
    }

    @Test
    default void findsAnAccountsListsAndTheSharedOnes() {
        ReadingList mine = readingLists()
                .save(
                        new ReadingList(
                                "01LISTOWN0000000000000000A",
                                "reader",
                                false,
                                0,
                                null,
                                "Private",
                                null,
                                null,
                                List.of()),
                        "reader");
        ReadingList published = readingLists()
                .save(
                        new ReadingList(
                                "01LISTPUB0000000000000000A", "editor", true, 0, null, "Public", null, null, List.of()),
                        "editor");

        assertThat(readingLists().ownedBy("reader"))
                .extracting(ReadingList::id)
                .contains(mine.id())
                .doesNotContain(published.id());
        assertThat(readingLists().shared())
                .extracting(ReadingList::id)
                .contains(published.id())
                .doesNotContain(mine.id());
    }
}
