package org.dossier.place;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The places Dossier knows, read from {@code places.csv}: every ISO 3166 country, a few former countries,
 * and the regions institutes write about, with their hierarchy and the other names sources use.
 */
public final class Gazetteer {
    private final Map<String, Place> byCode = new LinkedHashMap<>();
    private final Map<String, String> codeByName = new HashMap<>();

    private Gazetteer(Collection<Place> places) {
        for (Place p : places) {
            byCode.put(p.code(), p);
        }
        for (Place p : places) {
            codeByName.putIfAbsent(key(p.name()), p.code());
            p.aliases().forEach(a -> codeByName.putIfAbsent(key(a), p.code()));
        }
    }

    public static Gazetteer standard() {
        try (Reader in = new InputStreamReader(
                Gazetteer.class.getResourceAsStream("places.csv"), StandardCharsets.UTF_8)) {
            List<Place> places = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(in)) {
                places.add(new Place(r.get("code"), r.get("name"),
                        Place.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                        split(r.get("parents")), split(r.get("aliases"))));
            }
            return new Gazetteer(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Collection<Place> all() {
        return byCode.values();
    }

    public Optional<Place> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** A place by any of its names, ignoring case, accents and surrounding parentheses ("(Palestine)"). */
    public Optional<Place> findByName(String name) {
        return Optional.ofNullable(codeByName.get(key(name))).map(byCode::get);
    }

    /** The place's regions, nearest first, each once: Mali → Sahel, West Africa, Sub-Saharan Africa, Africa. */
    public List<Place> ancestors(String code) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(find(code).map(Place::parents).orElse(List.of()));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String c : frontier) {
                if (seen.add(c)) {
                    next.addAll(find(c).map(Place::parents).orElse(List.of()));
                }
            }
            frontier = next;
        }
        return seen.stream().map(byCode::get).toList();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    private static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replaceAll("\\s+", " ").strip();
    }
}
