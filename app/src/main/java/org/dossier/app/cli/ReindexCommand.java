package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.search.Reindexer;
import org.dossier.search.IndexInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        header = "Rebuild the search index from the store.",
        description = {
            "Builds the search index again from every publication of the store. The store",
            "is the truth: nothing is lost. With the embedded index (<data>/index), stop a",
            "running Dossier first (it owns the index while it serves). With SolrCloud, run",
            "it while the cluster serves: a new collection replaces the old one when done."
        })
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = Spring.start(root, false, "dossier.indexer.enabled=false")) {
            long n = context.getBean(Reindexer.class).rebuild();
            spec.commandLine()
                    .getOut()
                    .printf("reindexed %d publications in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            if (Spring.causedBy(e, IndexInUseException.class)) {
                spec.commandLine()
                        .getErr()
                        .println("dossier: the search index in " + root.data.resolve("index")
                                + " is in use by a running Dossier; stop it, then run reindex again");
                return Dossier.CANNOT_RUN;
            }
            throw e;
        }
    }
}
