package org.dossier.app.enrich;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.app.site.Site;
import org.dossier.catalog.Catalog;
import org.dossier.editorial.Editorial;
import org.dossier.enrich.PlaceSuggester;
import org.dossier.enrich.PlaceSuggestion;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.dossier.enrich.SummarySuggester;
import org.dossier.enrich.TopicSuggester;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.dossier.site.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Makes publications' suggestions and keeps them for editors, for what a publication lacks: the countries its text
 * names when it has no country (its regions follow from them), the topics its nearest tagged publications carry when
 * it has no topic (and the search index is there to find them), and a summary when it has none. What an editor
 * rejected before is not suggested again. Where the admin allows it, a clear first country is applied at once, as a
 * revision by {@value #ACTOR}.
 */
@Service
public class Enrichment {
    /** Who the revisions of places applied without an editor name. */
    public static final String ACTOR = "enrichment";

    private final PlaceSuggester places;
    private final SummarySuggester summaries = new SummarySuggester();
    private final Suggestions suggestions;
    private final Gazetteer gazetteer;
    private final Catalog catalog;
    private final ObjectProvider<SearchIndex> index;
    private final Site site;
    private final Editorial editorial;
    private final Clock clock;

    Enrichment(
            Gazetteer gazetteer,
            Suggestions suggestions,
            Catalog catalog,
            ObjectProvider<SearchIndex> index,
            Site site,
            Editorial editorial,
            Clock clock) {
        this.gazetteer = gazetteer;
        this.places = new PlaceSuggester(gazetteer);
        this.suggestions = suggestions;
        this.catalog = catalog;
        this.index = index;
        this.site = site;
        this.editorial = editorial;
        this.clock = clock;
    }

    /** How many suggestions a publication's enrichment added (those made before are not counted again). */
    public record Added(int places, int topics, int summaryPoints, int placesApplied) {}

    /** Starts a run with the archive's topics as tagged now and the site's settings as they are now. */
    public Run begin() {
        SearchIndex searchable = index.getIfAvailable();
        return new Run(
                searchable == null ? null : new ArchiveTopics(searchable, catalog.topicsByPublication()),
                site.settings());
    }

    /** One enrichment run over any number of publications. */
    public final class Run {
        private final ArchiveTopics topics;
        private final SiteSettings settings;

        private Run(ArchiveTopics topics, SiteSettings settings) {
            this.topics = topics;
            this.settings = settings;
        }

        /** Whether this run suggests topics: it has the index and the archive has tagged publications. */
        public boolean suggestsTopics() {
            return topics != null && topics.learned();
        }

        /** Makes a publication's suggestions and keeps them. */
        public Added enrich(Publication p) {
            return keep(List.of(suggest(p)));
        }

        /**
         * Makes a publication's suggestions without keeping them: it only reads, so that several publications can be
         * worked on at once.
         */
        public Made suggest(Publication p) {
            List<PlaceSuggestion> countries = p.places().stream().anyMatch(Enrichment.this::isCountry)
                    ? List.of()
                    : places.countries(p).stream()
                            .filter(s -> isCountry(s.code()))
                            .toList();
            List<Suggestion> placesMade = new ArrayList<>();
            for (PlaceSuggestion s : countries) {
                placesMade.add(
                        open(p, Suggestion.Kind.PLACE, s.code(), s.score(), s.evidenceText(), placesMade.size()));
            }
            List<Suggestion> topicsMade = new ArrayList<>();
            if (topics != null && p.topics().isEmpty()) {
                for (TopicSuggester.TopicSuggestion s : topics.suggest(p.id(), Set.of(), settings.topicThreshold())) {
                    topicsMade.add(open(
                            p, Suggestion.Kind.TOPIC, s.topic(), s.confidence(), s.evidenceText(), topicsMade.size()));
                }
            }
            List<Suggestion> pointsMade = new ArrayList<>();
            if (p.summary().isEmpty()) {
                for (String point : summaries.suggest(p.body(), p.language())) {
                    pointsMade.add(
                            open(p, Suggestion.Kind.SUMMARY, point, 0, "a sentence of the text", pointsMade.size()));
                }
            }
            PlaceSuggestion clear =
                    settings.autoApplyPlaces() && PlaceSuggester.confident(countries) ? countries.get(0) : null;
            return new Made(p, placesMade, topicsMade, pointsMade, clear);
        }

        /**
         * Keeps what {@link #suggest} made for some publications (each kind in one write), then applies their clear
         * places where the admin allows it.
         */
        public Added keep(List<Made> made) {
            int places = suggestions.offer(
                    made.stream().flatMap(m -> m.places().stream()).toList());
            int topics = suggestions.offer(
                    made.stream().flatMap(m -> m.topics().stream()).toList());
            int points = suggestions.offer(
                    made.stream().flatMap(m -> m.points().stream()).toList());
            int applied = 0;
            for (Made m : made) {
                applied += m.clear() == null ? 0 : apply(m.publication(), m.clear());
            }
            return new Added(places, topics, points, applied);
        }
    }

    /** A publication's suggestions before they are kept, and the place to apply at once, if any. */
    public record Made(
            Publication publication,
            List<Suggestion> places,
            List<Suggestion> topics,
            List<Suggestion> points,
            PlaceSuggestion clear) {}

    /** Adds a clear first country to the publication, unless an editor answered that suggestion before. */
    private int apply(Publication p, PlaceSuggestion clear) {
        boolean open = suggestions.of(p.id(), Suggestion.State.OPEN).stream()
                .anyMatch(s -> s.kind() == Suggestion.Kind.PLACE && s.value().equals(clear.code()));
        if (!open) {
            return 0;
        }
        List<String> withIt = new ArrayList<>(p.places());
        withIt.add(clear.code());
        editorial.save(
                p.toBuilder().places(withIt).updated(clock.instant()).build(),
                ACTOR,
                "applied automatically the suggested place "
                        + gazetteer.find(clear.code()).map(Place::name).orElse(clear.code())
                        + " (" + clear.evidenceText() + ")",
                true);
        suggestions.decide(p.id(), Suggestion.Kind.PLACE, clear.code(), Suggestion.State.APPLIED);
        return 1;
    }

    private boolean isCountry(String code) {
        return gazetteer.find(code).map(Place::kind).orElse(null) == Place.Kind.COUNTRY;
    }

    private static Suggestion open(
            Publication p, Suggestion.Kind kind, String value, double score, String evidence, int rank) {
        return new Suggestion(p.id(), kind, value, score, evidence, rank, Suggestion.State.OPEN);
    }
}
