package org.dossier.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.SourceLocation;

/**
 * Prints an import as it goes: each failure and note on its own line, and a progress bar with rate and
 * time left (redrawn in place on a terminal, a line every ten seconds otherwise).
 */
final class ConsoleListener implements ImportListener, AutoCloseable {
    private static final long MIN_SHOW_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final int MAX_MESSAGE = 500;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean barShown;

    ConsoleListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void failed(RecordError error) {
        clearBar();
        err.println(shortened(error.toString()));
    }

    @Override
    public void noted(SourceLocation location, String note) {
        clearBar();
        err.println(shortened(location + ": note: " + note));
    }

    /** A message as the terminal can take it: one that quotes a huge value is cut, saying how long it was. */
    static String shortened(String message) {
        return message.length() <= MAX_MESSAGE
                ? message
                : message.substring(0, MAX_MESSAGE)
                        + String.format(Locale.ROOT, " … (%,d characters in all)", message.length());
    }

    @Override
    public void progress(long records, double fractionRead) {
        long now = System.nanoTime();
        long elapsed = now - started;
        if (elapsed < MIN_SHOW_NANOS || fractionRead >= 1.0 || (!terminal && now - lastShown < LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = elapsed / 1e9;
        long eta = fractionRead > 0 ? Math.round(seconds * (1 - fractionRead) / fractionRead) : -1;
        int filled = (int) Math.round(fractionRead * 24);
        String line = String.format(
                Locale.ROOT,
                "%3.0f%% [%s%s] %,d records, %,.0f/s, %s left",
                fractionRead * 100,
                "#".repeat(filled),
                ".".repeat(24 - filled),
                records,
                records / seconds,
                eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60));
        if (terminal) {
            err.print("\r" + line + "   ");
            barShown = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(78) + "\r");
            barShown = false;
        }
    }

    @Override
    public void close() {
        clearBar();
        err.flush();
    }
}
