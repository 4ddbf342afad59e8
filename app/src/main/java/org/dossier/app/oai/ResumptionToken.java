package org.dossier.app.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.dossier.app.oai.OaiException.OaiError;
import org.dossier.catalog.ChangeLog.Position;

/**
 * Where a list stopped: the request it answers (format, set, dates) and the position of its last record.
 * The next page is read from that position, so a token stays good as long as the repository stands and a
 * page deep into a list costs what the first one does.
 */
record ResumptionToken(
        String prefix, String set, Instant from, Instant until, long cursor, long total, Position after) {
    private static final String VERSION = "1";

    String encode() {
        String plain = String.join(
                "|",
                VERSION,
                prefix,
                set == null ? "" : set,
                millis(from),
                millis(until),
                Long.toString(cursor),
                Long.toString(total),
                Long.toString(after.at().toEpochMilli()),
                after.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ResumptionToken decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 9 && parts[0].equals(VERSION) && !parts[1].isEmpty() && !parts[8].isEmpty()) {
                return new ResumptionToken(
                        parts[1],
                        parts[2].isEmpty() ? null : parts[2],
                        instant(parts[3]),
                        instant(parts[4]),
                        Long.parseLong(parts[5]),
                        Long.parseLong(parts[6]),
                        new Position(Instant.ofEpochMilli(Long.parseLong(parts[7])), parts[8]));
            }
        } catch (IllegalArgumentException e) {
            // reported below (NumberFormatException is one)
        }
        throw new OaiException(
                OaiError.BAD_RESUMPTION_TOKEN, "The resumptionToken '" + token + "' is not one this repository gave.");
    }

    private static String millis(Instant t) {
        return t == null ? "" : Long.toString(t.toEpochMilli());
    }

    private static Instant instant(String millis) {
        return millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
