package org.dossier.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.related.CandidateFacts;

/**
 * A publication's facts for the related engine, kept in a doc-values column so that a hundred candidates
 * are read without touching stored fields (which hold the whole text).
 */
final class FactsCodec {
    static final String FIELD = "facts";
    private static final String PART = "\u001e";
    private static final String ITEM = "\u001f";
    private static final String PAIR = "\u001d";

    private FactsCodec() {}

    static BytesRef encode(Publication p) {
        String s = String.join(
                PART,
                nullToEmpty(p.type()),
                p.date() == null ? "" : p.date().toString(),
                String.join(ITEM, p.topics()),
                String.join(ITEM, p.places()),
                String.join(
                        ITEM,
                        p.authors().stream()
                                .map(a -> a.person().id() + PAIR + a.person().name())
                                .toList()),
                nullToEmpty(p.collection()));
        return new BytesRef(s.getBytes(StandardCharsets.UTF_8));
    }

    static CandidateFacts decode(BytesRef bytes) {
        String[] parts = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8).split(PART, -1);
        List<Person> authors = items(parts[4]).stream()
                .map(a -> {
                    String[] pair = a.split(PAIR, 2);
                    return new Person(pair[0], pair[1], null, null, null);
                })
                .toList();
        return new CandidateFacts(
                emptyToNull(parts[0]),
                parts[1].isEmpty() ? null : PublicationDate.parse(parts[1]),
                items(parts[2]),
                items(parts[3]),
                authors,
                emptyToNull(parts[5]));
    }

    private static List<String> items(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(ITEM));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
