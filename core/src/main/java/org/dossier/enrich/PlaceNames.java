package org.dossier.enrich;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;

/**
 * Every name a country goes by in a text, as words to match: the gazetteer's names and other names, and the shipped
 * French names, demonyms (English and French, with their plurals) and capitals ({@code country-names.csv}, ODbL) and
 * major cities
 * ({@code cities.csv}). A name some countries share maps to all of them. Regions have no names here: a region is
 * suggested through its countries only.
 */
final class PlaceNames {
    /** How a name was written and what kind of name it is, for one country. */
    record Name(String code, String written, Kind kind) {}

    enum Kind {
        NAME,
        DEMONYM,
        FRENCH_DEMONYM,
        CITY
    }

    private final Map<List<String>, List<Name>> byWords;
    private final int longest;

    private PlaceNames(Map<List<String>, List<Name>> byWords) {
        this.byWords = byWords;
        this.longest = byWords.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    static PlaceNames of(Gazetteer gazetteer) {
        Map<List<String>, List<Name>> names = new HashMap<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Place p : gazetteer.all()) {
            if (p.kind() != Place.Kind.COUNTRY) {
                continue;
            }
            countries.add(p.code());
            add(names, new Name(p.code(), p.name(), Kind.NAME));
            p.aliases().forEach(alias -> add(names, new Name(p.code(), alias, Kind.NAME)));
        }
        for (CSVRecord r : csv("country-names.csv")) {
            if (countries.contains(r.get("code"))) {
                Kind kind = switch (r.get("kind")) {
                    case "demonym" -> "fr".equals(r.get("language")) ? Kind.FRENCH_DEMONYM : Kind.DEMONYM;
                    case "capital" -> Kind.CITY;
                    default -> Kind.NAME;
                };
                add(names, new Name(r.get("code"), r.get("name"), kind));
                if (kind != Kind.NAME && kind != Kind.CITY && !r.get("name").matches(".*[sxz]")) {
                    add(names, new Name(r.get("code"), r.get("name") + "s", kind));
                }
            }
        }
        for (CSVRecord r : csv("cities.csv")) {
            if (countries.contains(r.get("code"))) {
                add(names, new Name(r.get("code"), r.get("name"), Kind.CITY));
            }
        }
        return new PlaceNames(names);
    }

    /** The names written with exactly these words (lower case, without accents), or none. */
    List<Name> named(List<String> words) {
        return byWords.getOrDefault(words, List.of());
    }

    int longest() {
        return longest;
    }

    private static void add(Map<List<String>, List<Name>> names, Name name) {
        List<String> words =
                Words.of(name.written()).stream().map(Words.Word::key).toList();
        if (words.isEmpty()) {
            return;
        }
        List<Name> same = names.computeIfAbsent(words, w -> new ArrayList<>());
        if (same.stream().noneMatch(n -> n.code().equals(name.code()) && n.kind() == name.kind())) {
            same.add(name);
        }
    }

    private static Iterable<CSVRecord> csv(String file) {
        try (Reader in = new InputStreamReader(PlaceNames.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
