package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.demo.DemoData;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Load the bundled demo data into an empty store, then serve.",
        description = {"Loads the bundled demo data (244 UN General Debate statements of Mali, its",
            "Sahel neighbours and a few others, 2012-2024, CC0) into the store if it is",
            "empty, then serves as 'serve' does."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext context = Spring.start(root, true);
        DemoData demo = context.getBean(DemoData.class);
        long loaded = demo.loadIntoEmptyStore();
        spec.commandLine().getErr().println(loaded > 0 ? "Loaded " + loaded + " demo publications." : "The store is not empty: no demo data loaded.");
        spec.commandLine().getErr().println("Dossier is serving at " + Urls.base(context) + " (API: " + Urls.base(context)
                + "/api/publications)");
        return Dossier.SERVING;
    }
}
