package org.dossier.app.api;

import java.util.List;
import java.util.Map;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;

/** The JSON shapes of the publications API. Field names are snake_case, absent values left out. */
final class PublicationViews {
    private PublicationViews() {
    }

    record PageView(long total, int page, int size, List<Summary> items) {
    }

    record AuthorView(String id, String name, String credentials, String affiliation, String bio, String role) {
        static AuthorView of(Authorship a, boolean withBio) {
            return new AuthorView(a.person().id(), a.person().name(), a.person().credentials(),
                    a.person().affiliation(), withBio ? a.person().bio() : null, a.role());
        }
    }

    record PlaceView(String code, String name, String kind) {
        static PlaceView of(String code, Gazetteer gazetteer) {
            return gazetteer.find(code)
                    .map(p -> new PlaceView(p.code(), p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(new PlaceView(code, code, null));
        }
    }

    /** A publication in a list, or as a related card: enough to show and link it. */
    record Summary(String id, String path, String title, String type, String date, String status,
                   List<AuthorView> authors, List<String> topics, String lede) {
        static Summary of(Publication p) {
            return new Summary(p.id(), p.path(), p.title(), p.type(), dateOf(p), p.status().code(),
                    p.authors().stream().map(a -> AuthorView.of(a, false)).toList(), p.topics(), p.lede());
        }
    }

    /** The whole publication, with its curated related publications as cards. */
    record Full(String id, String path, String title, String type, String date, String language, String status,
                String lede, List<String> summary, String body, String about, String disclaimer,
                List<AuthorView> authors, List<String> topics, List<PlaceView> places, String collection,
                Map<String, String> attributes, String sourceUrl, List<String> sourceIds, List<Summary> related,
                String created, String updated) {

        static Full of(Publication p, List<Publication> related, Gazetteer gazetteer) {
            return new Full(p.id(), p.path(), p.title(), p.type(), dateOf(p), p.language(), p.status().code(),
                    p.lede(), p.summary(), p.body(), p.about(), p.disclaimer(),
                    p.authors().stream().map(a -> AuthorView.of(a, true)).toList(), p.topics(),
                    p.places().stream().map(c -> PlaceView.of(c, gazetteer)).toList(), p.collection(),
                    p.attributes(), p.sourceUrl(), p.sourceIds(), related.stream().map(Summary::of).toList(),
                    p.created().toString(), p.updated().toString());
        }
    }

    private static String dateOf(Publication p) {
        return p.date() == null ? null : p.date().toString();
    }

}
