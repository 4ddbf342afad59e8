package org.dossier.publication;

import java.security.SecureRandom;

/**
 * Application-generated identifiers: ULIDs (48-bit milliseconds + 80 random bits, Crockford base32).
 * They sort by creation time, so an export ordered by id is in creation order. Written here rather than
 * taken from a library because it is twenty lines and needs no configuration.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long lastHigh;
    private static long lastLow;

    private Ids() {}

    public static synchronized String newId() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            lastHigh = RANDOM.nextInt(1 << 16);
            lastLow = RANDOM.nextLong();
        } else if (++lastLow == 0) {
            lastHigh++; // same millisecond: increment so ids stay strictly increasing
        }
        char[] out = new char[26];
        encode(lastMillis, out, 0, 10);
        encode((lastHigh << 24) | (lastLow >>> 40), out, 10, 8);
        encode(lastLow & 0xFF_FFFF_FFFFL, out, 18, 8);
        return new String(out);
    }

    private static void encode(long value, char[] out, int offset, int length) {
        for (int i = offset + length - 1; i >= offset; i--) {
            out[i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
