package org.dossier.app.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dossier.publication.PublicationDate;

/** Dates as readers see them: "Thursday, December 9, 2021", "May 2013", "2012". */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {}

    public static String display(PublicationDate d) {
        if (d == null) {
            return "Undated";
        }
        if (d.day() != null) {
            return LocalDate.of(d.year(), d.month(), d.day()).format(DAY);
        }
        if (d.month() != null) {
            return LocalDate.of(d.year(), d.month(), 1).format(MONTH);
        }
        return String.valueOf(d.year());
    }
}
