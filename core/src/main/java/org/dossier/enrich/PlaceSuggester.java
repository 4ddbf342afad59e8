package org.dossier.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;

/**
 * Suggests a publication's countries from its title, lede, summary, text and About (the authors' bios, weighing least), by the names, demonyms, capitals and
 * major cities found in them, the most prominent first; and its regions through those countries. A name written in
 * the text must look like one (capitalised, as in the source; French demonyms, lower case in French, excepted). A
 * name several countries share counts only for one of them that the text names otherwise, and is left out when
 * none or several are.
 */
public final class PlaceSuggester {
    /** How much a mention weighs by the field it is in. */
    static final Map<String, Double> FIELD_WEIGHTS =
            Map.of("title", 3.0, "lede", 2.0, "summary", 2.0, "body", 1.0, "about", 0.5);
    /** A country is suggested from this score on, and when at least this share of the first one's. */
    static final double MIN_SCORE = 1.5;

    static final double MIN_SHARE = 0.15;

    /** The score a first suggestion needs to be applied without an editor, where the admin allows it. */
    static final double CONFIDENT_SCORE = 8;

    /** How many times the second suggestion's score the first needs to be applied without an editor. */
    static final double CONFIDENT_LEAD = 3;

    private final Gazetteer gazetteer;
    private volatile Names names;

    private record Names(List<Place> places, PlaceNames index) {}

    private record Mention(List<String> codes, String written, String field, int offset, PlaceNames.Kind kind) {}

    public PlaceSuggester(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The countries, then the regions, that the publication's text suggests. */
    public List<PlaceSuggestion> suggest(Publication p) {
        List<PlaceSuggestion> countries = countries(p);
        List<PlaceSuggestion> all = new ArrayList<>(countries);
        all.addAll(regions(countries));
        return all;
    }

    /**
     * Whether the first of these countries is clear enough to be applied without an editor: named often, and far
     * more than any other (bench/place-suggestions.sh measures how often it is right).
     */
    public static boolean confident(List<PlaceSuggestion> countries) {
        return confident(countries, CONFIDENT_SCORE, CONFIDENT_LEAD);
    }

    /** Whether the first country scores at least {@code score} and {@code lead} times the second one. */
    public static boolean confident(List<PlaceSuggestion> countries, double score, double lead) {
        return !countries.isEmpty()
                && countries.get(0).score() >= score
                && (countries.size() == 1
                        || countries.get(0).score() >= lead * countries.get(1).score());
    }

    /** The countries the publication's title, lede, summary, text and About suggest, the most prominent first. */
    public List<PlaceSuggestion> countries(Publication p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", p.title());
        fields.put("lede", p.lede());
        fields.put("summary", String.join("\n", p.summary()));
        fields.put("body", p.body());
        fields.put("about", p.about());
        return countries(fields);
    }

    /** The countries these fields (by name: title, lede, summary, body, about) suggest, the most prominent first. */
    public List<PlaceSuggestion> countries(Map<String, String> fields) {
        PlaceNames index = index();
        List<Mention> mentions = new ArrayList<>();
        fields.forEach((field, text) -> mentions.addAll(mentions(index, field, text)));
        Set<String> named = mentions.stream()
                .filter(m -> m.codes().size() == 1)
                .map(m -> m.codes().get(0))
                .collect(Collectors.toSet());
        Map<String, Double> scores = new HashMap<>();
        Map<String, Map<String, Integer>> evidence = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : mentions) {
            List<String> candidates = m.codes().stream()
                    .filter(c -> m.codes().size() == 1 || named.contains(c))
                    .toList();
            if (candidates.size() != 1) {
                continue;
            }
            String code = candidates.get(0);
            scores.merge(code, FIELD_WEIGHTS.getOrDefault(m.field(), 1.0) * weight(m.kind()), Double::sum);
            evidence.computeIfAbsent(code, c -> new LinkedHashMap<>()).merge(m.written(), 1, Integer::sum);
            first.putIfAbsent(code, m);
        }
        scores.replaceAll((code, score) -> score + prominence(first.get(code), fields));
        double top =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SCORE && e.getValue() >= MIN_SHARE * top)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new PlaceSuggestion(
                        e.getKey(),
                        e.getValue(),
                        evidence.get(e.getKey()),
                        first.get(e.getKey()).field(),
                        first.get(e.getKey()).offset(),
                        List.of()))
                .toList();
    }

    /** The regions of these countries, each through the countries in it, by the sum of their scores. */
    public List<PlaceSuggestion> regions(List<PlaceSuggestion> countries) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<String>> through = new HashMap<>();
        for (PlaceSuggestion c : countries) {
            String name = gazetteer.find(c.code()).map(Place::name).orElse(c.code());
            for (Place region : gazetteer.ancestors(c.code())) {
                scores.merge(region.code(), c.score(), Double::sum);
                through.computeIfAbsent(region.code(), r -> new ArrayList<>()).add(name);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new PlaceSuggestion(
                        e.getKey(), e.getValue(), Map.of(), "", 0, List.copyOf(through.get(e.getKey()))))
                .toList();
    }

    private static List<Mention> mentions(PlaceNames index, String field, String text) {
        List<Mention> found = new ArrayList<>();
        List<Words.Word> words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(index.longest(), words.size() - i); n >= 1 && matched == 0; n--) {
                List<Words.Word> span = words.subList(i, i + n);
                List<PlaceNames.Name> names = index
                        .named(span.stream().map(Words.Word::key).toList())
                        .stream()
                        .filter(name -> writtenAsName(span, name))
                        .toList();
                if (!names.isEmpty()) {
                    Words.Word last = span.get(n - 1);
                    String written = text.substring(
                            span.get(0).start(), last.start() + last.written().length());
                    List<String> codes = names.stream()
                            .map(PlaceNames.Name::code)
                            .distinct()
                            .sorted()
                            .toList();
                    found.add(new Mention(
                            codes,
                            written,
                            field,
                            span.get(0).start(),
                            names.get(0).kind()));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    /** Whether the words look like the name where they stand: "Chad", not "chad"; "US", not "us". */
    private static boolean writtenAsName(List<Words.Word> span, PlaceNames.Name name) {
        Words.Word head = span.get(0);
        if (name.kind() == PlaceNames.Kind.FRENCH_DEMONYM) {
            return head.written().length() >= 5;
        }
        boolean acronym = name.written().length() <= 4
                && name.written().equals(name.written().toUpperCase());
        if (acronym) {
            return span.size() == 1 && head.allCapitals();
        }
        return head.capitalised() && (span.size() > 1 || head.written().length() >= 3);
    }

    private static double weight(PlaceNames.Kind kind) {
        return switch (kind) {
            case NAME -> 1.0;
            case CITY -> 0.8;
            case DEMONYM, FRENCH_DEMONYM -> 0.7;
        };
    }

    /** A bonus for being named early: in the title, the lede or summary, or the first fifth of the text. */
    private static double prominence(Mention first, Map<String, String> fields) {
        return switch (first.field()) {
            case "title" -> 2.0;
            case "lede", "summary" -> 1.0;
            default -> {
                String body = fields.getOrDefault(first.field(), "");
                yield body != null && first.offset() < body.length() / 5 ? 1.0 : 0.0;
            }
        };
    }

    private PlaceNames index() {
        List<Place> places = gazetteer.all();
        Names known = names;
        if (known == null || known.places() != places) {
            known = new Names(places, PlaceNames.of(gazetteer));
            names = known;
        }
        return known.index();
    }
}
