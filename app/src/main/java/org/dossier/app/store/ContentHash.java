package org.dossier.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;

/**
 * A digest of what a publication says — everything but its id, times and source ids; authors count by
 * person id and role, since a person's own details are the person's. Equal digests mean an import has
 * nothing to change, found without loading the stored publication.
 */
final class ContentHash {
    private static final JsonLinesCodec CANONICAL = new JsonLinesCodec();

    private ContentHash() {
    }

    static String of(Publication p) {
        List<Authorship> byId = p.authors().stream()
                .map(a -> new Authorship(Person.named(a.person().id()), a.role())).toList();
        Publication content = p.toBuilder().id(null).sourceIds(List.of()).created(null).updated(null)
                .authors(byId).build();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
