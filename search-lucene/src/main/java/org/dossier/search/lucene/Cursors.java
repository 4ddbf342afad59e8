package org.dossier.search.lucene;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * Deep-paging cursors: the sort values of the last hit of a page, as an opaque URL-safe string. They
 * hold values, not document numbers, so they stay valid while the index changes.
 */
final class Cursors {
    private Cursors() {}

    static String encode(FieldDoc last, SortField[] sort) {
        ByteBuffer buf = ByteBuffer.allocate(1024);
        for (int i = 0; i < sort.length; i++) {
            Object v = last.fields[i];
            switch (sort[i].getType()) {
                case SCORE -> buf.putFloat((Float) v);
                case LONG -> buf.putLong(v == null ? Long.MIN_VALUE : (Long) v);
                default -> {
                    BytesRef r = v == null ? new BytesRef() : (BytesRef) v;
                    buf.putShort((short) r.length).put(r.bytes, r.offset, r.length);
                }
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(java.util.Arrays.copyOf(buf.array(), buf.position()));
    }

    /** The FieldDoc after which the next page starts; throws IllegalArgumentException for a bad cursor. */
    static FieldDoc decode(String cursor, SortField[] sort) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            Object[] values = new Object[sort.length];
            float score = Float.NaN;
            for (int i = 0; i < sort.length; i++) {
                switch (sort[i].getType()) {
                    case SCORE -> {
                        score = buf.getFloat();
                        values[i] = score;
                    }
                    case LONG -> values[i] = buf.getLong();
                    default -> {
                        byte[] b = new byte[buf.getShort()];
                        buf.get(b);
                        values[i] = new BytesRef(b);
                    }
                }
            }
            if (buf.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new FieldDoc(Integer.MAX_VALUE, score, values);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the cursor is not one this search gave out", e);
        }
    }
}
