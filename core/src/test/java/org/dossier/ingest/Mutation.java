package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Seeded damage to a source's bytes, as an unlucky or hostile source has it — bytes that are not UTF-8, a byte
 * changed, a control character, a stretch deleted, the file cut short, a junk line — and the lines of the source
 * it touched (counted from 1), so that a test knows which records must still be read whole.
 */
public record Mutation(String kind, byte[] bytes, long firstLine, long lastLine, boolean cut) {
    private static final byte[][] NOT_UTF8 = {
        {(byte) 0xFF},
        {(byte) 0xC3, (byte) 0x28},
        {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
    };

    /** Whether a record on these lines of the source is untouched by the damage. */
    public boolean spares(long first, long last) {
        return cut ? last < firstLine : last < firstLine || first > lastLine;
    }

    /**
     * One damage, chosen by {@code random}. With {@code keepCsvStructure}, no quote, comma or line break is added
     * or removed (a CSV's record boundaries stay where they were; damage to them is the CSV's own business).
     */
    public static Mutation of(Random random, byte[] source, boolean keepCsvStructure) {
        int kinds = keepCsvStructure ? 5 : 7;
        int p = random.nextInt(source.length);
        while (keepCsvStructure && (structural(source[p]) || p > 0 && structural(source[p - 1]))) {
            p = (p + 1) % source.length;
        }
        return switch (random.nextInt(kinds)) {
            case 0 -> insert("not UTF-8", source, p, NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            case 1 ->
                insert("control character", source, p, new byte[] {(byte) pick(random, 0, 0x1F, keepCsvStructure)});
            case 2 -> {
                byte[] out = source.clone();
                out[p] = (byte) pick(random, 0, 0xFF, keepCsvStructure);
                // a line break changed joins its line to the next
                yield new Mutation(
                        "byte changed", out, line(source, p), line(source, p) + (source[p] == '\n' ? 1 : 0), false);
            }
            case 3 ->
                new Mutation("cut short", java.util.Arrays.copyOf(source, p), line(source, p), Long.MAX_VALUE, true);
            case 4 -> {
                int at = lineStart(source, p);
                yield insert("junk line", source, at, ("x".repeat(1 + random.nextInt(300_000)) + "\n").getBytes());
            }
            case 5 -> {
                int end = Math.min(source.length, p + 1 + random.nextInt(200));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(source, 0, p);
                out.write(source, end, source.length - end);
                yield new Mutation("stretch deleted", out.toByteArray(), line(source, p), line(source, end), false);
            }
            default -> insert("line break", source, p, new byte[] {'\n'});
        };
    }

    private static Mutation insert(String kind, byte[] source, int at, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(source, 0, at);
        out.writeBytes(bytes);
        out.write(source, at, source.length - at);
        long line = line(source, at);
        // a whole line put in before line L may fall inside the record that spans lines L-1 and L
        return new Mutation(kind, out.toByteArray(), kind.equals("junk line") ? line - 1 : line, line, false);
    }

    /** A value in [from, to], not a CSV quote, comma or line break when the structure must stay. */
    private static int pick(Random random, int from, int to, boolean keepCsvStructure) {
        int v;
        do {
            v = from + random.nextInt(to - from + 1);
        } while (keepCsvStructure && structural((byte) v));
        return v;
    }

    private static boolean structural(byte b) {
        return b == '"' || b == ',' || b == '\n' || b == '\r';
    }

    private static int lineStart(byte[] source, int p) {
        int i = p;
        while (i > 0 && source[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** The line (from 1) of the byte at {@code p}. */
    private static long line(byte[] source, int p) {
        long line = 1;
        for (int i = 0; i < Math.min(p, source.length); i++) {
            line += source[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
