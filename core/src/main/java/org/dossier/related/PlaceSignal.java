package org.dossier.related;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;

/**
 * How close two publications' places are: the same country counts fully; otherwise the most specific
 * region they share, weighted by how few countries it holds (the Sahel counts more than Africa).
 */
final class PlaceSignal {
    private final Gazetteer gazetteer;
    private volatile RegionSizes sizes;

    PlaceSignal(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** How many countries each region holds, for one set of places (counted again when an admin changes them). */
    private record RegionSizes(List<Place> places, Map<String, Integer> countriesIn) {
        static RegionSizes of(Gazetteer gazetteer, List<Place> places) {
            Map<String, Integer> countriesIn = new HashMap<>();
            for (Place p : places) {
                if (p.kind() != Place.Kind.REGION) {
                    gazetteer.ancestors(p.code()).forEach(r -> countriesIn.merge(r.code(), 1, Integer::sum));
                }
            }
            return new RegionSizes(places, countriesIn);
        }
    }

    private Map<String, Integer> countriesIn() {
        List<Place> places = gazetteer.all();
        RegionSizes known = sizes;
        if (known == null || known.places() != places) {
            known = RegionSizes.of(gazetteer, places);
            sizes = known;
        }
        return known.countriesIn();
    }

    record Closeness(double strength, String reason) {}

    Optional<Closeness> of(List<String> seedPlaces, List<String> candidatePlaces) {
        Set<String> seedCountries = countries(seedPlaces);
        List<String> sharedCountries = countries(candidatePlaces).stream()
                .filter(seedCountries::contains)
                .toList();
        if (!sharedCountries.isEmpty()) {
            return Optional.of(new Closeness(
                    1.0,
                    (sharedCountries.size() == 1 ? "Same country: " : "Same countries: ") + names(sharedCountries)));
        }
        Set<String> seedRegions = regions(seedPlaces);
        return regions(candidatePlaces).stream()
                .filter(seedRegions::contains)
                .min(java.util.Comparator.comparingInt(r -> countriesIn().getOrDefault(r, 1)))
                .map(r -> new Closeness(specificity(r), "Same region: " + names(List.of(r))));
    }

    private double specificity(String region) {
        return 1 / (Math.log(1 + countriesIn().getOrDefault(region, 1)) / Math.log(2));
    }

    private Set<String> countries(List<String> places) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : places) {
            gazetteer.find(code).filter(p -> p.kind() != Place.Kind.REGION).ifPresent(p -> out.add(p.code()));
        }
        return out;
    }

    private Set<String> regions(List<String> places) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : places) {
            gazetteer.find(code).filter(p -> p.kind() == Place.Kind.REGION).ifPresent(p -> out.add(p.code()));
            gazetteer.ancestors(code).forEach(p -> out.add(p.code()));
        }
        return out;
    }

    private String names(List<String> codes) {
        return String.join(
                ", ",
                codes.stream()
                        .limit(3)
                        .map(c -> gazetteer.find(c).map(Place::name).orElse(c))
                        .toList());
    }
}
