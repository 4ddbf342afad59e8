package org.dossier.app.readinglist;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dossier.app.security.Csrf;
import org.dossier.app.web.MarkdownText;
import org.dossier.publication.Publication;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;

/**
 * A version of a reading list as its page shows it: each item with the publication as readers may see it now (or,
 * when it has since been withdrawn, only its title), what has superseded it since, the list's versions, how to cite
 * this version, and — for those who may change it — the forms.
 */
public record ReadingListPage(
        ReadingList list,
        List<Entry> entries,
        List<ReadingLists.Version> versions,
        String address,
        String citation,
        boolean mayChange,
        boolean mayShare,
        Csrf csrf,
        String done,
        String problem) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * An item: the publication readers may see ({@code shown}), or the title of one withdrawn since ({@code shown}
     * null), with the curator's note and the publication that supersedes it now, if any.
     */
    public record Entry(String publicationId, String title, Publication shown, String note, Publication supersededBy) {}

    public int latest() {
        return versions.isEmpty()
                ? list.version()
                : versions.get(versions.size() - 1).number();
    }

    public String introductionHtml() {
        return list.introduction() == null ? "" : MarkdownText.toHtml(list.introduction());
    }

    /** "30 November 2026": the day this version was made, in UTC. */
    public String day() {
        return DAY.format(list.versionCreated().atZone(ZoneOffset.UTC));
    }

    public static String day(ReadingLists.Version v) {
        return DAY.format(v.created().atZone(ZoneOffset.UTC));
    }

    /** The address of one of the list's versions. */
    public String versionPath(int version) {
        return "/lists/" + list.id() + "/v/" + version;
    }
}
