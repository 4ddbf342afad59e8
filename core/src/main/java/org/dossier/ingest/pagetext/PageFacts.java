package org.dossier.ingest.pagetext;

import java.util.List;
import org.dossier.publication.PublicationDate;

/**
 * What a saved page does not say about itself and a migration supplies, from a manifest or the
 * command line: its title, date and URL, and optionally its type, topics, places, language, collection.
 */
public record PageFacts(
        String title,
        PublicationDate date,
        String url,
        String type,
        List<String> topics,
        List<String> places,
        String language,
        String collection,
        String series,
        String seriesNumber) {

    public static final PageFacts NONE =
            new PageFacts(null, null, null, null, List.of(), List.of(), null, null, null, null);

    public PageFacts {
        topics = List.copyOf(topics);
        places = List.copyOf(places);
    }
}
