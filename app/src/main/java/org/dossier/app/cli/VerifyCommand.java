package org.dossier.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.search.IndexVerifier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        header = "Compare the search index with the store, and repair drift.",
        description = {
            "Every publication readers may see must be in the search index as the store has",
            "it (the same content hash), and nothing else. Says what differs; with --repair,",
            "indexes what is missing or stale and removes the rest. With the embedded index,",
            "stop a running Dossier first; with SolrCloud, run it while the cluster serves.",
            "Exit code 1 when drift was found and not repaired."
        })
final class VerifyCommand implements Callable<Integer> {
    private static final int SHOWN = 20;

    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Option(names = "--repair", description = "Repair what differs.")
    boolean repair;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Spring.start(root, false, "dossier.indexer.enabled=false")) {
            IndexVerifier verifier = context.getBean(IndexVerifier.class);
            IndexVerifier.Drift drift = repair ? verifier.repair() : verifier.compare();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "store: %d publications readers may see; index: %d publications%n",
                    drift.visible(), drift.indexed());
            show(out, "missing from the index", drift.missing());
            show(out, "in the index but not visible in the store", drift.extra());
            show(out, "indexed as an older version", drift.stale());
            if (drift.none()) {
                out.println("no drift: the index agrees with the store");
                return 0;
            }
            out.println(repair ? "repaired" : "run dossier verify --repair to repair it");
            return repair ? 0 : Dossier.RECORDS_FAILED;
        }
    }

    private static void show(PrintWriter out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.printf(
                    "%d %s: %s%s%n",
                    ids.size(),
                    what,
                    String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size()))),
                    ids.size() > SHOWN ? ", ..." : "");
        }
    }
}
