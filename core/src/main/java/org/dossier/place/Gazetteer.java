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
 * The places Dossier knows: every ISO 3166 country, a few former countries, and the regions institutes
 * write about, with their hierarchy and the other names sources use. It starts from {@code places.csv};
 * in a running Dossier the store holds them and admins change them, so {@link #replace} swaps in the new
 * set at once for everyone holding this gazetteer.
 */
public final class Gazetteer {
    private volatile Snapshot snapshot;

    private Gazetteer(Collection<Place> places) {
        this.snapshot = new Snapshot(places);
    }

    public static Gazetteer of(Collection<Place> places) {
        return new Gazetteer(places);
    }

    /** The places shipped with Dossier ({@code places.csv}). */
    public static Gazetteer standard() {
        try (Reader in =
                new InputStreamReader(Gazetteer.class.getResourceAsStream("places.csv"), StandardCharsets.UTF_8)) {
            List<Place> places = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(in)) {
                places.add(new Place(
                        r.get("code"),
                        r.get("name"),
                        Place.Kind.of(r.get("kind")),
                        split(r.get("parents")),
                        split(r.get("aliases"))));
            }
            return new Gazetteer(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on, these are the places. */
    public void replace(Collection<Place> places) {
        snapshot = new Snapshot(places);
    }

    /** Every place; the same list until the places change, so that derived figures can be kept until then. */
    public List<Place> all() {
        return snapshot.all;
    }

    public Optional<Place> find(String code) {
        return Optional.ofNullable(code == null ? null : snapshot.byCode.get(code));
    }

    /** A place by any of its names, ignoring case, accents and surrounding parentheses ("(Palestine)"). */
    public Optional<Place> findByName(String name) {
        Snapshot s = snapshot;
        return Optional.ofNullable(s.codeByName.get(key(name))).map(s.byCode::get);
    }

    /** The place's regions, nearest first, each once: Mali → Sahel, West Africa, Sub-Saharan Africa, Africa. */
    public List<Place> ancestors(String code) {
        Map<String, Place> byCode = snapshot.byCode;
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = parentsOf(byCode, code);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String c : frontier) {
                if (seen.add(c)) {
                    next.addAll(parentsOf(byCode, c));
                }
            }
            frontier = next;
        }
        seen.remove(code);
        return seen.stream().map(byCode::get).toList();
    }

    /** The places that lie in this one, at any depth: Sahel → Mali, Niger, Burkina Faso … */
    public List<Place> within(String code) {
        return all().stream()
                .filter(p -> ancestors(p.code()).stream().anyMatch(a -> a.code().equals(code)))
                .toList();
    }

    /** The key under which names are compared: no case, no accents, no surrounding parentheses. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT)
                .strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    private static List<String> parentsOf(Map<String, Place> byCode, String code) {
        Place p = code == null ? null : byCode.get(code);
        return p == null ? List.of() : p.parents();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank()
                ? List.of()
                : Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    /** One consistent set of places, with its name lookup. */
    private static final class Snapshot {
        private final Map<String, Place> byCode = new LinkedHashMap<>();
        private final Map<String, String> codeByName = new HashMap<>();
        private final List<Place> all;

        Snapshot(Collection<Place> places) {
            for (Place p : places) {
                byCode.put(p.code(), p);
            }
            all = List.copyOf(byCode.values());
            for (Place p : places) {
                codeByName.putIfAbsent(key(p.name()), p.code());
                p.aliases().forEach(a -> codeByName.putIfAbsent(key(a), p.code()));
            }
        }
    }
}
