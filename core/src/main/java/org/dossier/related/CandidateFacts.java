package org.dossier.related;

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
}
