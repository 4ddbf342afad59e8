package org.dossier.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.enrich.Enrichment;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.dossier.search.IndexInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        header = "Suggest places, topics and summaries for the publications, for editors to confirm.",
        description = {
            "Reads every publication's title, lede, summary and text and keeps, for editors,",
            "what it lacks: for one without a country, the countries it names (with their",
            "evidence, such as \"Bamako ×3, Mali ×7\"; regions follow from countries); for one",
            "without topics, the topics its most alike tagged publications carry (with a",
            "confidence learned from the archive's own tags; those under the confidence set in",
            "/admin/settings are left out); for one without a Summary, two to four of its own",
            "sentences. Nothing changes for readers",
            "until an editor accepts a suggestion, unless an admin lets clear places be applied",
            "at once; a rejected one is not suggested again. Safe to run again. Topics need the",
            "search index: with the embedded one, stop a running Dossier first (places and",
            "summaries are suggested either way)."
        })
final class EnrichCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    private static final int BATCH = 64;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "Only publications imported or created since then: a date (2026-11-30, from its start"
                    + " in UTC) or a moment (2026-11-30T14:05:00Z), such as an import's start.")
    String since;

    @Override
    public Integer call() {
        Instant from = since == null ? Instant.EPOCH : moment(since);
        try (ConfigurableApplicationContext context = Spring.start(root, false, "dossier.indexer.enabled=false")) {
            long started = System.nanoTime();
            int indexed = context.getBean(OutboxIndexer.class).catchUp();
            if (indexed > 0) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "brought the search index up to date first: %d changes in %.1f s%n",
                                indexed,
                                (System.nanoTime() - started) / 1e9);
            }
            return run(context, from, true);
        } catch (RuntimeException e) {
            if (!Spring.causedBy(e, IndexInUseException.class)) {
                throw e;
            }
        }
        spec.commandLine()
                .getErr()
                .println("dossier: the search index in " + root.data.resolve("index")
                        + " is in use by a running Dossier, so no topics are suggested this time; stop it and run"
                        + " enrich again for topics");
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            return run(context, from, false);
        }
    }

    private int run(ConfigurableApplicationContext context, Instant from, boolean searchable) {
        long started = System.nanoTime();
        Enrichment.Run enrichment = context.getBean(Enrichment.class).begin();
        int[] totals = new int[5];
        List<Publication> batch = new ArrayList<>();
        Runnable work = () -> {
            // suggestions are made on every core, then kept in a few writes
            Enrichment.Added added = enrichment.keep(
                    batch.parallelStream().map(enrichment::suggest).toList());
            totals[0] += batch.size();
            totals[1] += added.places();
            totals[2] += added.topics();
            totals[3] += added.summaryPoints();
            totals[4] += added.placesApplied();
            batch.clear();
        };
        context.getBean(Catalog.class).forEach(p -> {
            if (p.created() == null || !p.created().isBefore(from)) {
                batch.add(p);
                if (batch.size() == BATCH) {
                    work.run();
                }
            }
        });
        work.run();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "read %d publications; new suggestions: %d places, %d topics, %d summary points%s%n",
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                totals[4] > 0 ? "; " + totals[4] + " places applied automatically" : "");
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "in %.1f s (%.0f publications/s)%n", seconds, totals[0] / seconds);
        if (searchable && !enrichment.suggestsTopics()) {
            out.println("no topics suggested: no publication has topics to learn from");
        }
        return 0;
    }

    private Instant moment(String text) {
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--since: '" + text + "' is not a date (2026-11-30) or a moment (2026-11-30T14:05:00Z)");
        }
    }
}
