package org.dossier.app.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.dossier.app.oai.OaiException.OaiError;

/**
 * Datestamps at the granularity of seconds ({@code 2024-03-21T09:30:00Z}); {@code from} and {@code until}
 * are taken at either granularity (days or seconds, the same for both), both inclusive.
 */
final class OaiDates {
    static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

    private OaiDates() {}

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** From (inclusive) and until (exclusive, the end of the given day or second); either may be null. */
    record Range(Instant from, Instant until) {}

    static Range range(String from, String until) {
        if (from != null && until != null && from.length() != until.length()) {
            throw new OaiException(OaiError.BAD_ARGUMENT, "from and until are given at different granularities.");
        }
        Instant start = from == null ? null : parse("from", from);
        Instant end = until == null
                ? null
                : parse("until", until).plus(1, until.length() == 10 ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new OaiException(OaiError.BAD_ARGUMENT, "from (" + from + ") is later than until (" + until + ").");
        }
        return new Range(start, end);
    }

    private static Instant parse(String name, String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new OaiException(
                OaiError.BAD_ARGUMENT, name + " '" + value + "' is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }
}
