package org.dossier.related;

import java.util.Arrays;
import java.util.List;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;

/** What the related engine weighs of a publication: its type, date, topics, places, people and collection. */
public record CandidateFacts(
        String type,
        PublicationDate date,
        List<String> topics,
        List<String> places,
        List<Person> authors,
        String collection) {

    public CandidateFacts {
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        authors = List.copyOf(authors);
    }

    public static CandidateFacts of(Publication p) {
        return new CandidateFacts(
                p.type(),
                p.date(),
                p.topics(),
                p.places(),
                p.authors().stream().map(a -> a.person()).toList(),
                p.collection());
    }

    private static final String PART = "\u001e";
    private static final String ITEM = "\u001f";
    private static final String PAIR = "\u001d";

    /** These facts in one string, for an index to keep beside the text and give back with a candidate. */
    public String encode() {
        return String.join(
                PART,
                nullToEmpty(type),
                date == null ? "" : date.toString(),
                String.join(ITEM, topics),
                String.join(ITEM, places),
                String.join(
                        ITEM,
                        authors.stream().map(a -> a.id() + PAIR + a.name()).toList()),
                nullToEmpty(collection));
    }

    /** The facts of {@link #encode()}; only people's ids and names survive the trip. */
    public static CandidateFacts decode(String encoded) {
        String[] parts = encoded.split(PART, -1);
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
