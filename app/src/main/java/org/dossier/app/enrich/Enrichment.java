package org.dossier.app.enrich;

import java.util.ArrayList;
import java.util.List;
import org.dossier.enrich.PlaceSuggester;
import org.dossier.enrich.PlaceSuggestion;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.dossier.enrich.SummarySuggester;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Service;

/**
 * Makes a publication's suggestions and keeps them for editors: the countries its text names that it does not
 * carry yet (its regions follow from them), and a summary when it has none. What an editor rejected before is not
 * suggested again.
 */
@Service
public class Enrichment {
    private final PlaceSuggester places;
    private final SummarySuggester summaries = new SummarySuggester();
    private final Suggestions suggestions;
    private final Gazetteer gazetteer;

    Enrichment(Gazetteer gazetteer, Suggestions suggestions) {
        this.gazetteer = gazetteer;
        this.places = new PlaceSuggester(gazetteer);
        this.suggestions = suggestions;
    }

    /** How many suggestions enrichment added for one publication (those made before are not counted again). */
    public record Added(int places, int summaryPoints) {}

    public Added enrich(Publication p) {
        List<Suggestion> placesMade = new ArrayList<>();
        for (PlaceSuggestion s : places.countries(p)) {
            boolean country = gazetteer.find(s.code()).map(Place::kind).orElse(null) == Place.Kind.COUNTRY;
            if (country && !p.places().contains(s.code())) {
                placesMade.add(new Suggestion(
                        p.id(),
                        Suggestion.Kind.PLACE,
                        s.code(),
                        s.score(),
                        s.evidenceText(),
                        placesMade.size(),
                        Suggestion.State.OPEN));
            }
        }
        List<Suggestion> pointsMade = new ArrayList<>();
        if (p.summary().isEmpty()) {
            for (String point : summaries.suggest(p.body(), p.language())) {
                pointsMade.add(new Suggestion(
                        p.id(),
                        Suggestion.Kind.SUMMARY,
                        point,
                        0,
                        "a sentence of the text",
                        pointsMade.size(),
                        Suggestion.State.OPEN));
            }
        }
        return new Added(suggestions.offer(placesMade), suggestions.offer(pointsMade));
    }
}
