package org.dossier.ingest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A text file read line by line, gzip-compressed or not, counting the bytes read from disk so a long
 * import can show how far it is. Nothing is held beyond the current line.
 */
public final class LineSource implements AutoCloseable {
    private final BufferedReader reader;
    private final long size;
    private long bytesRead;
    private long lineNumber;

    public LineSource(Path path) throws IOException {
        this.size = Math.max(1, Files.size(path));
        InputStream counting = new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytesRead += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                bytesRead += Math.max(n, 0);
                return n;
            }
        };
        InputStream in = path.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(counting, 1 << 16) : counting;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** The next line, or null at the end. A byte-order mark at the start is skipped. */
    public String readLine() throws IOException {
        String line = reader.readLine();
        if (line != null && ++lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return line;
    }

    public long lineNumber() {
        return lineNumber;
    }

    public double fractionRead() {
        return Math.min(1.0, (double) bytesRead / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
