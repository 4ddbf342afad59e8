package org.dossier.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;

/**
 * Streams records from a reader into the catalog in batches. Each unit is written whole or not at
 * all; a bad record is reported with its file, line and field and the others go on, unless strict.
 * Re-running an import is safe: records are matched by id or source id and updated in place.
 */
public final class Importer {
    private static final int BATCH_UNITS = 200;
    private static final long BATCH_NANOS = 250_000_000L;

    private final Catalog catalog;

    public Importer(Catalog catalog) {
        this.catalog = catalog;
    }

    public ImportReport run(RecordReader reader, boolean strict, ImportListener listener) throws IOException {
        Tally tally = new Tally(System.nanoTime());
        List<ImportUnit> batch = new ArrayList<>();
        long batchStarted = System.nanoTime();
        Parsed next;
        while ((next = reader.next()) != null) {
            if (next instanceof RecordError error) {
                if (!flush(batch, strict, listener, tally) || !failed(error, strict, listener, tally)) {
                    return tally.report(true);
                }
                continue;
            }
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            batch.add((ImportUnit) next);
            if (batch.size() >= (strict ? 1 : BATCH_UNITS) || System.nanoTime() - batchStarted > BATCH_NANOS) {
                if (!flush(batch, strict, listener, tally)) {
                    return tally.report(true);
                }
                listener.progress(
                        tally.created + tally.updated + tally.unchanged + tally.failed, reader.fractionRead());
            }
        }
        boolean completed = flush(batch, strict, listener, tally);
        listener.progress(tally.created + tally.updated + tally.unchanged + tally.failed, 1.0);
        return tally.report(!completed);
    }

    /** Writes the batch; false when strict and a unit failed. */
    private boolean flush(List<ImportUnit> batch, boolean strict, ImportListener listener, Tally tally) {
        if (batch.isEmpty()) {
            return true;
        }
        List<List<Incoming>> units =
                batch.stream().map(ImportUnit::publications).toList();
        List<WriteResult> results = catalog.write(units);
        boolean ok = true;
        for (int i = 0; i < batch.size(); i++) {
            ImportUnit unit = batch.get(i);
            if (results.get(i) instanceof WriteResult.Failed f) {
                ok &= failed(new RecordError(unit.location(), f.field(), f.message()), strict, listener, tally);
                continue;
            }
            for (WriteResult.Change c : ((WriteResult.Written) results.get(i)).changes()) {
                switch (c.outcome()) {
                    case CREATED -> tally.created++;
                    case UPDATED -> tally.updated++;
                    case UNCHANGED -> tally.unchanged++;
                }
            }
            unit.notes().forEach(n -> listener.noted(unit.location(), n));
            tally.notes += unit.notes().size();
        }
        batch.clear();
        return ok;
    }

    private static boolean failed(RecordError error, boolean strict, ImportListener listener, Tally tally) {
        tally.failed++;
        listener.failed(error);
        return !strict;
    }

    private static final class Tally {
        final long started;
        long created;
        long updated;
        long unchanged;
        long failed;
        long notes;

        Tally(long started) {
            this.started = started;
        }

        ImportReport report(boolean stoppedEarly) {
            return new ImportReport(
                    created,
                    updated,
                    unchanged,
                    failed,
                    notes,
                    Duration.ofNanos(System.nanoTime() - started),
                    stoppedEarly);
        }
    }
}
