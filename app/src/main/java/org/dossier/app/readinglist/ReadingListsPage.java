package org.dossier.app.readinglist;

import java.util.List;
import org.dossier.app.security.Csrf;
import org.dossier.readinglist.ReadingList;

/** The lists page: the lists shared with readers, and the visitor's own when signed in. */
public record ReadingListsPage(
        List<ReadingList> shared, List<ReadingList> mine, boolean signedIn, Csrf csrf, String problem) {}
