package org.dossier.ingest;

import java.time.Duration;
import java.util.Locale;

/** The summary at the end of an import. Counts are of publications; failed counts records. */
public record ImportReport(
        long created, long updated, long unchanged, long failed, long notes, Duration elapsed, boolean stoppedEarly) {

    public long publications() {
        return created + updated + unchanged;
    }

    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return (publications() + failed) / seconds;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "created %d, updated %d, unchanged %d, failed %d%s in %.1f s (%,.0f records/s)%s",
                created,
                updated,
                unchanged,
                failed,
                notes > 0 ? ", " + notes + " notes" : "",
                elapsed.toNanos() / 1e9,
                recordsPerSecond(),
                stoppedEarly ? " — stopped at the first failure (--strict)" : "");
    }
}
