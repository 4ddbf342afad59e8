package org.dossier.publication;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date known to the year, the month or the day ("2012", "2013-05", "2021-12-09").
 * Sources often know less than a day (a UN General Debate statement is known by its year), and a
 * date is never made more precise than its source.
 */
public record PublicationDate(int year, Integer month, Integer day) implements Comparable<PublicationDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PublicationDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static PublicationDate of(LocalDate date) {
        return new PublicationDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PublicationDate ofYear(int year) {
        return new PublicationDate(year, null, null);
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD. */
    public static PublicationDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            return new PublicationDate(Integer.parseInt(m.group(1)), month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    /** The first day this date may mean ("2013-05" → 1 May 2013). */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date may mean ("2013-05" → 31 May 2013). */
    public LocalDate end() {
        LocalDate start = start();
        return day != null
                ? start
                : month != null
                        ? start.plusMonths(1).minusDays(1)
                        : start.plusYears(1).minusDays(1);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(10);
        pad(s, year, 4);
        if (month != null) {
            pad(s.append('-'), month, 2);
        }
        if (day != null) {
            pad(s.append('-'), day, 2);
        }
        return s.toString();
    }

    private static void pad(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        s.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    @Override
    public int compareTo(PublicationDate other) {
        return toString().compareTo(other.toString());
    }
}
