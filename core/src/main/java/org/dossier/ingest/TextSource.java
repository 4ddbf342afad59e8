package org.dossier.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A text file, gzip-compressed or not, read as UTF-8 strictly but without stopping, so that one bad record costs
 * only itself: a byte sequence that is not UTF-8 is read as U+FFFD and its line is remembered as bad (a reader
 * refuses the record on it and goes on with the next); a compressed file that ends early ends the text where it
 * was cut, and says so. A byte-order mark at the start is skipped. Bytes read from disk are counted, so that a
 * long import can show how far it is. Lines are counted from 1; a line break is "\n" (or "\r\n").
 */
public final class TextSource implements AutoCloseable {
    /** The longest line {@link #readLine} hands over; a longer one is skipped, and said to be too long. */
    public static final int MAX_LINE = 16 * 1024 * 1024;

    private final long size;
    private final Decoding reader;
    private long bytesRead;
    private long linesRead;
    private boolean lastTooLong;
    private final StringBuilder line = new StringBuilder();

    public TextSource(Path path) throws IOException {
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
        InputStream in = counting;
        String notGzip = null;
        if (path.getFileName().toString().endsWith(".gz")) {
            try {
                in = new GZIPInputStream(counting, 1 << 16);
            } catch (EOFException | ZipException e) {
                in = InputStream.nullInputStream();
                notGzip = "is not a gzip file (" + e.getMessage() + ")";
                counting.close();
            }
        }
        this.reader = new Decoding(in);
        reader.cut = notGzip;
    }

    /** The text as characters, for a format with its own idea of records (CSV). */
    public Reader reader() {
        return reader;
    }

    /**
     * The next line without its line break, or null at the end. A line over {@link #MAX_LINE} characters is
     * skipped, given as "", and {@link #tooLong()} says so.
     */
    public String readLine() throws IOException {
        line.setLength(0);
        lastTooLong = false;
        boolean any = false;
        while (reader.chars.hasRemaining() || reader.fill()) {
            any = true;
            CharBuffer chars = reader.chars;
            int start = chars.position();
            int end = start;
            while (end < chars.limit() && chars.get(end) != '\n') {
                end++;
            }
            if (line.length() + (end - start) <= MAX_LINE) {
                line.append(chars.array(), chars.arrayOffset() + start, end - start);
            } else {
                lastTooLong = true;
            }
            boolean broke = end < chars.limit();
            chars.position(broke ? end + 1 : end);
            if (broke) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        linesRead++;
        if (lastTooLong) {
            return "";
        }
        int length = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, length);
    }

    /** The number of the line {@link #readLine} gave last. */
    public long lineNumber() {
        return linesRead;
    }

    /** Whether the line {@link #readLine} gave last was too long to give. */
    public boolean tooLong() {
        return lastTooLong;
    }

    /** Whether any line from {@code first} to {@code last} (inclusive) held bytes that are not UTF-8. */
    public boolean notUtf8(long first, long last) {
        int next = reader.badLines.nextSetBit((int) Math.min(first, Integer.MAX_VALUE));
        return next >= 0 && next <= last;
    }

    /**
     * Why the text ended before the file did, said of the line where it ended: "the compressed file ends early, in or
     * after this line (…)", or "is not a gzip file (…)"; null when it did not.
     */
    public String cutShort() {
        return reader.cut;
    }

    public double fractionRead() {
        return Math.min(1.0, (double) bytesRead / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** UTF-8 decoding that marks the lines of malformed bytes instead of failing, and ends quietly where a gzip stream is cut. */
    private static final class Decoding extends Reader {
        private final InputStream in;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
        private final BitSet badLines = new BitSet();
        private long line = 1;
        private boolean started;
        private boolean ended;
        private boolean flushed;
        private String cut;

        Decoding(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            return chars.get();
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(len, chars.remaining());
            chars.get(buf, off, n);
            return n;
        }

        /** Decodes more characters; false at the end of the text. */
        private boolean fill() throws IOException {
            if (flushed) {
                return false;
            }
            chars.clear();
            while (chars.position() == 0) {
                if (!ended && bytes.remaining() < 4) {
                    readBytes();
                }
                CoderResult result = utf8.decode(bytes, chars, ended);
                if (result.isError()) {
                    bytes.position(bytes.position() + result.length());
                    markBad();
                    if (chars.hasRemaining()) {
                        chars.put('\uFFFD');
                    }
                } else if (ended && !bytes.hasRemaining()) {
                    utf8.flush(chars);
                    flushed = true;
                    break;
                }
            }
            chars.flip();
            countLines();
            if (!started) {
                started = true;
                if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
            return chars.hasRemaining();
        }

        private void readBytes() throws IOException {
            bytes.compact();
            try {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    ended = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            } catch (EOFException | ZipException e) {
                ended = true;
                cut = "the compressed file ends early, in or after this line ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
            }
            bytes.flip();
        }

        /** The line of a malformed sequence: the lines counted so far, plus those in the characters decoded before it. */
        private void markBad() {
            long at = line;
            for (int i = 0; i < chars.position(); i++) {
                at += chars.get(i) == '\n' ? 1 : 0;
            }
            badLines.set((int) Math.min(at, Integer.MAX_VALUE));
        }

        private void countLines() {
            for (int i = chars.position(); i < chars.limit(); i++) {
                line += chars.get(i) == '\n' ? 1 : 0;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
