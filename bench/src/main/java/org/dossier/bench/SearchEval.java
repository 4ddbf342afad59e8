package org.dossier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.semantic.MiniLmEmbedder;

/**
 * Judges search on questions typed as sentences: the 640 reports of the ReliefWeb theme sample (title and
 * text only; their themes are not indexed) and 38 questions written for this bench, two per theme, a report
 * relevant to a question when it carries the question's theme. Prints nDCG@10, P@10 and empty answers of
 * lexical search (the words) and hybrid search (the words and meaning vectors), with the paired bootstrap
 * interval of hybrid against lexical, on each half of the themes (split by a hash of the theme: the hybrid's
 * weights were chosen on the first; the second is held out).
 *
 *   java … SearchEval path/to/shared/data work-folder
 */
public final class SearchEval {
    private static final int TOP = 10;

    record Question(String theme, String text) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-search-eval"));
        Map<String, Set<String>> themes = new HashMap<>();
        List<Publication> reports = reports(data.resolve("reliefweb_report_theme_en-1k.csv"), themes);
        List<Question> questions = questions();
        Gazetteer gazetteer = Gazetteer.standard();
        TimedEmbedder embedder = new TimedEmbedder(new MiniLmEmbedder(ForkJoinPool.commonPool()));
        try (LuceneSearchIndex lexical = new LuceneSearchIndex(work.resolve("lexical"), gazetteer);
                LuceneSearchIndex hybrid = new LuceneSearchIndex(work.resolve("hybrid"), gazetteer, embedder)) {
            for (SearchIndex index : List.of(lexical, hybrid)) {
                index.clear();
                index.index(reports);
                index.refresh();
            }
            System.out.printf(
                    "%nSearch on ReliefWeb reports (%d reports, %d questions); %s%n%n",
                    reports.size(), questions.size(), embedder.report());
            Map<String, Function<Question, List<String>>> systems = new LinkedHashMap<>();
            systems.put(
                    "lexical (words)",
                    q -> ids(lexical.search(SearchQuery.of(q.text()).withPage(0, TOP, null))));
            systems.put(
                    "hybrid (words + meaning)",
                    q -> ids(hybrid.search(SearchQuery.of(q.text()).withPage(0, TOP, null))));
            System.out.printf(
                    "%-26s %-9s %7s %26s %7s %6s %9s%n",
                    "system", "set", "nDCG@10", "vs lexical (95% CI)", "P@10", "empty", "questions");
            for (boolean heldOut : new boolean[] {false, true}) {
                List<Question> half = questions.stream()
                        .filter(q -> (q.theme().hashCode() & 1) == (heldOut ? 1 : 0))
                        .toList();
                double[] base = null;
                for (var system : systems.entrySet()) {
                    double[] ndcg = new double[half.size()];
                    double p10 = 0;
                    int empty = 0;
                    for (int i = 0; i < half.size(); i++) {
                        List<String> found = system.getValue().apply(half.get(i));
                        Set<String> relevant = themes.get(half.get(i).theme());
                        ndcg[i] = ndcg(found, relevant);
                        p10 += found.stream().filter(relevant::contains).count() / (double) TOP;
                        empty += found.isEmpty() ? 1 : 0;
                    }
                    base = base == null ? ndcg : base;
                    double[] ci = Bootstrap.pairedInterval(ndcg, base);
                    System.out.printf(
                            Locale.ROOT,
                            "%-26s %-9s %7.3f %+8.3f [%+7.3f, %+7.3f] %7.3f %6d %9d%n",
                            system.getKey(),
                            heldOut ? "held-out" : "tuning",
                            mean(ndcg),
                            ci[0],
                            ci[1],
                            ci[2],
                            p10 / half.size(),
                            empty,
                            half.size());
                }
            }
        }
    }

    private static List<Publication> reports(Path csv, Map<String, Set<String>> themes) throws IOException {
        Map<String, Publication> out = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String id = "RW-" + r.get("nid");
                themes.computeIfAbsent(r.get("theme_name"), k -> new java.util.HashSet<>())
                        .add(id);
                String post = r.get("post");
                int line = post.indexOf('\n');
                out.computeIfAbsent(
                        id,
                        k -> Publication.builder()
                                .id(id)
                                .slug(id.toLowerCase(Locale.ROOT))
                                .title(line < 0 ? post : post.substring(0, line).strip())
                                .type("Report")
                                .language("en")
                                .body(line < 0 ? null : post.substring(line + 1).strip())
                                .build());
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Question> questions() throws IOException {
        List<Question> out = new ArrayList<>();
        try (InputStream in = SearchEval.class.getResourceAsStream("reliefweb-questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    out.add(new Question(parts[0], parts[1]));
                }
            }
        }
        return out;
    }

    private static double ndcg(List<String> found, Set<String> relevant) {
        double dcg = 0;
        double ideal = 0;
        for (int i = 0; i < Math.min(TOP, found.size()); i++) {
            dcg += relevant.contains(found.get(i)) ? 1 / Math.log(i + 2) : 0;
        }
        for (int i = 0; i < Math.min(TOP, relevant.size()); i++) {
            ideal += 1 / Math.log(i + 2);
        }
        return dcg / ideal;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
