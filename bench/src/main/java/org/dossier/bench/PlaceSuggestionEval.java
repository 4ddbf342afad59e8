package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.enrich.PlaceSuggester;
import org.dossier.enrich.PlaceSuggestion;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;

/**
 * Place suggestions judged on the UN General Debate: is the speaking country among the suggestions made from the
 * speech's text alone (not its title, which names the country)? Against a frequency baseline: the country whose
 * name (the gazetteer's names and other names, as written) the speech says most often. Statements of even years are
 * reported; odd years are where the weights were chosen.
 */
public final class PlaceSuggestionEval {
    private PlaceSuggestionEval() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Gazetteer gazetteer = Gazetteer.standard();
        List<Publication> statements = BenchCorpus.ungdc(data, gazetteer);
        PlaceSuggester suggester = new PlaceSuggester(gazetteer);
        FrequencyBaseline baseline = new FrequencyBaseline(gazetteer);
        judgedByHand(data, suggester);
        for (boolean reported : new boolean[] {false, true}) {
            List<double[]> rows = new ArrayList<>();
            Map<String, int[]> confident = new java.util.LinkedHashMap<>();
            long nanos = 0;
            long chars = 0;
            int suggested = 0;
            for (Publication s : statements) {
                String country = s.places().isEmpty() ? null : s.places().get(0);
                if (country == null || s.body() == null || (s.date().year() % 2 == 0) != reported) {
                    continue;
                }
                long start = System.nanoTime();
                List<PlaceSuggestion> found = suggester.countries(Map.of("body", s.body()));
                nanos += System.nanoTime() - start;
                chars += s.body().length();
                suggested += found.size();
                int rank = rank(found, country);
                for (double score : CONFIDENT_SCORES) {
                    for (double lead : CONFIDENT_LEADS) {
                        int[] judged = confident.computeIfAbsent(score + "/" + lead, k -> new int[3]);
                        judged[0]++;
                        if (PlaceSuggester.confident(found, score, lead)) {
                            judged[1]++;
                            judged[2] += rank == 1 ? 1 : 0;
                        }
                    }
                }
                String guess = baseline.top(s.body());
                rows.add(new double[] {rank == 1 ? 1 : 0, rank >= 1 && rank <= 3 ? 1 : 0, country.equals(guess) ? 1 : 0
                });
            }
            report(reported ? "reported half (even years)" : "tuning half (odd years)", rows, suggested, nanos, chars);
            System.out.println(
                    "  applied automatically (first score ≥ s and ≥ l × the second): share applied, share right");
            confident.forEach((rule, judged) -> System.out.printf(
                    Locale.ROOT,
                    "    s %s: %.3f applied, %.3f of them right%n",
                    rule.replace("/", ", l "),
                    judged[1] / (double) judged[0],
                    judged[2] / (double) Math.max(1, judged[1])));
        }
    }

    /**
     * The place suggestions of a fixed sample of ReliefWeb reports against judgements made by hand
     * ({@code place-judgements.tsv}: report id, country code, and "right", "wrong" or "missed" for a country the report
     * is about that was not suggested). A suggestion not judged yet is printed with its evidence, to be judged.
     */
    private static void judgedByHand(Path data, PlaceSuggester suggester) throws java.io.IOException {
        Map<String, String> verdicts = new HashMap<>();
        Map<String, Integer> missed = new HashMap<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                PlaceSuggestionEval.class.getResourceAsStream("/place-judgements.tsv"),
                java.nio.charset.StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] cells = l.split("\t");
                if (cells[2].equals("missed")) {
                    missed.merge(cells[0], 1, Integer::sum);
                } else {
                    verdicts.put(cells[0] + "\t" + cells[1], cells[2]);
                }
            });
        }
        int right = 0;
        int wrong = 0;
        int notJudged = 0;
        int firstRight = 0;
        int withOne = 0;
        int reports = 0;
        for (String[] report : PlaceSample.reports(data)) {
            reports++;
            List<PlaceSuggestion> found = suggester.countries(Map.of("title", report[1], "body", report[2]));
            for (int i = 0; i < found.size(); i++) {
                PlaceSuggestion s = found.get(i);
                String verdict = verdicts.get(report[0] + "\t" + s.code());
                if (verdict == null) {
                    notJudged++;
                    System.out.printf(
                            "  not judged yet: %s\t%s\t%s | %s%n", report[0], s.code(), s.evidenceText(), report[1]);
                } else if (verdict.equals("right")) {
                    right++;
                    firstRight += i == 0 ? 1 : 0;
                } else {
                    wrong++;
                }
            }
            withOne += found.isEmpty() ? 0 : 1;
        }
        int misses = missed.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                Locale.ROOT,
                "hand-judged sample: %d ReliefWeb reports (%d with a suggestion): %d suggestions right, %d wrong"
                        + " (precision %.3f), first suggestion right for %d; %d countries a report is about not"
                        + " suggested (recall %.3f)%s%n",
                reports,
                withOne,
                right,
                wrong,
                right / (double) Math.max(1, right + wrong),
                firstRight,
                misses,
                right / (double) Math.max(1, right + misses),
                notJudged == 0 ? "" : "; " + notJudged + " not judged yet");
    }

    private static final double[] CONFIDENT_SCORES = {4, 8, 16};
    private static final double[] CONFIDENT_LEADS = {2, 3, 5};

    private static int rank(List<PlaceSuggestion> found, String code) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).code().equals(code)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void report(String half, List<double[]> rows, int suggested, long nanos, long chars) {
        int n = rows.size();
        double[] top1 = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] top3 = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] base = rows.stream().mapToDouble(r -> r[2]).toArray();
        double[] diff = Bootstrap.pairedInterval(top1, base);
        System.out.printf(
                Locale.ROOT,
                "%s: %,d statements%n  speaking country first:      suggestions %.3f, frequency baseline %.3f;"
                        + " difference %+.3f (95%% CI %+.3f … %+.3f)%n  speaking country in the top 3: %.3f%n"
                        + "  suggestions per statement: %.2f; %,.0f statements/s, %.1f MB of text/s (one thread)%n",
                half,
                n,
                mean(top1),
                mean(base),
                diff[0],
                diff[1],
                diff[2],
                mean(top3),
                (double) suggested / n,
                n / (nanos / 1e9),
                chars / 1e6 / (nanos / 1e9));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** The country whose names, as written, a text says most often. */
    private static final class FrequencyBaseline {
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
        private final Map<String, String> codeByName = new HashMap<>();
        private int longest = 1;

        FrequencyBaseline(Gazetteer gazetteer) {
            for (Place p : gazetteer.all()) {
                if (p.kind() == Place.Kind.COUNTRY) {
                    List<String> all = new ArrayList<>(p.aliases());
                    all.add(p.name());
                    for (String name : all) {
                        List<String> words = words(name);
                        codeByName.put(String.join(" ", words), p.code());
                        longest = Math.max(longest, words.size());
                    }
                }
            }
        }

        String top(String text) {
            List<String> words = words(text);
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
                    String code = codeByName.get(String.join(" ", words.subList(i, i + n)));
                    if (code != null) {
                        counts.merge(code, 1, Integer::sum);
                        i += n - 1;
                        break;
                    }
                }
            }
            return counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }

        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            return words;
        }
    }
}
