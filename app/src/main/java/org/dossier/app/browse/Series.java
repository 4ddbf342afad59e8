package org.dossier.app.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;

/**
 * A series as readers see it: its numbers in order, each with its publication, and the numbers it lacks between
 * them as gaps ("152–154"); translations, which share their original's number, are reached from the original. Numbers
 * are ordered by their leading digits ("12a" after "12"), then as written.
 */
public record Series(String name, List<Entry> entries) {

    /** A number with its publication, or a gap (no publication) of one number or a range of them. */
    public record Entry(String number, Publication publication) {
        public boolean gap() {
            return publication == null;
        }
    }

    static final Comparator<String> NUMBER_ORDER =
            Comparator.comparingLong(Series::leadingDigits).thenComparing(Comparator.naturalOrder());

    static Series of(String name, List<Catalog.Numbered> numbered, Map<String, Publication> visible) {
        List<Catalog.Numbered> shown = numbered.stream()
                .filter(n -> visible.containsKey(n.id()) && visible.get(n.id()).translationOf() == null)
                .sorted(Comparator.comparing(Catalog.Numbered::number, NUMBER_ORDER))
                .toList();
        List<Entry> entries = new ArrayList<>();
        Long previous = null;
        for (Catalog.Numbered n : shown) {
            long digits = leadingDigits(n.number());
            if (previous != null && n.number().matches("\\d+") && digits > previous + 1) {
                entries.add(new Entry(
                        digits == previous + 2 ? String.valueOf(previous + 1) : (previous + 1) + "–" + (digits - 1),
                        null));
            }
            if (n.number().matches("\\d+")) {
                previous = digits;
            }
            entries.add(new Entry(n.number(), visible.get(n.id())));
        }
        return new Series(name, entries);
    }

    /** The number the text starts with, or Long.MAX_VALUE (last) when it starts with none. */
    private static long leadingDigits(String number) {
        int end = 0;
        while (end < number.length() && end < 18 && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return end == 0 ? Long.MAX_VALUE : Long.parseLong(number.substring(0, end));
    }
}
