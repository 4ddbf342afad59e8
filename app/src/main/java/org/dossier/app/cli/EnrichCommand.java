package org.dossier.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.enrich.Enrichment;
import org.dossier.catalog.Catalog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        header = "Suggest places and summaries for the publications, for editors to confirm.",
        description = {
            "Reads every publication's title, lede, summary and text and keeps, for editors,",
            "the countries it names that it does not carry yet (with their evidence, such as",
            "\"Bamako ×3, Mali ×7\"; regions follow from countries) and, for one without a",
            "Summary, two to four of its own sentences. Nothing changes for readers until an",
            "editor accepts a suggestion; a rejected one is not suggested again. Safe to run",
            "again, and while Dossier serves."
        })
final class EnrichCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            Enrichment enrichment = context.getBean(Enrichment.class);
            int[] totals = new int[3];
            context.getBean(Catalog.class).forEach(p -> {
                Enrichment.Added added = enrichment.enrich(p);
                totals[0]++;
                totals[1] += added.places();
                totals[2] += added.summaryPoints();
            });
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "read %d publications; new suggestions: %d places, %d summary points%n",
                    totals[0], totals[1], totals[2]);
            return 0;
        }
    }
}
