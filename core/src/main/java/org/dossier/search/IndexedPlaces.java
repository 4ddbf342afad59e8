package org.dossier.search;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;

/**
 * A publication's places as the country and region facets see them: its countries, and every region it
 * names or that one of its places lies in, so that a region's count and filter include its countries.
 */
public record IndexedPlaces(Set<String> countries, Set<String> regions) {

    public static IndexedPlaces of(List<String> codes, Gazetteer gazetteer) {
        Set<String> countries = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String code : codes) {
            Place place = gazetteer.find(code).orElse(null);
            if (place == null || place.kind() == Place.Kind.REGION) {
                regions.add(code);
            } else {
                countries.add(code);
            }
            gazetteer.ancestors(code).forEach(a -> regions.add(a.code()));
        }
        return new IndexedPlaces(Collections.unmodifiableSet(countries), Collections.unmodifiableSet(regions));
    }
}
