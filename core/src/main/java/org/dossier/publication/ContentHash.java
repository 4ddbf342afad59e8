package org.dossier.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dossier.ingest.jsonl.JsonLinesCodec;

/**
 * A digest of what a publication says ({@link Publication#content()}): equal digests mean an import has
 * nothing to change, found without loading the stored publication, and that the search index holds what the
 * store holds.
 */
public final class ContentHash {
    private static final JsonLinesCodec CANONICAL = new JsonLinesCodec();

    private ContentHash() {}

    public static String of(Publication p) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.write(p.content()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
