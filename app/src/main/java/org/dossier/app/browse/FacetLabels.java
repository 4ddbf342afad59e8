package org.dossier.app.browse;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.dossier.catalog.Catalog;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Person;
import org.dossier.search.Facet;
import org.springframework.stereotype.Component;

/** What a reader reads for a facet value: a place's name for its code, a person's name for their id. */
@Component
public class FacetLabels {
    private final Gazetteer gazetteer;
    private final Catalog catalog;

    FacetLabels(Gazetteer gazetteer, Catalog catalog) {
        this.gazetteer = gazetteer;
        this.catalog = catalog;
    }

    /** Labels of these values of one facet (people are looked up together). */
    public Map<String, String> of(Facet facet, Collection<String> values) {
        if (facet == Facet.AUTHOR) {
            Map<String, Person> people = catalog.people(values);
            return values.stream()
                    .collect(java.util.stream.Collectors.toMap(
                            v -> v, v -> people.containsKey(v) ? people.get(v).name() : v, (a, b) -> a));
        }
        return values.stream().collect(java.util.stream.Collectors.toMap(v -> v, v -> label(facet, v), (a, b) -> a));
    }

    public String label(Facet facet, String value) {
        return switch (facet) {
            case COUNTRY, REGION -> gazetteer.find(value).map(Place::name).orElse(value);
            case LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
                yield name.isEmpty() ? value : name;
            }
            case AUTHOR ->
                catalog.people(java.util.List.of(value)).values().stream()
                        .findFirst()
                        .map(Person::name)
                        .orElse(value);
            default -> value;
        };
    }
}
