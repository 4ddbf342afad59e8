package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.demo.DemoLoader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        header = "Load the bundled demo data into an empty store, then serve.",
        description = {
            "Loads the bundled demo data (244 UN General Debate statements of Mali, its",
            "Sahel neighbours and a few others, 2012-2024, CC0) into the store if it is",
            "empty and indexes them, then serves as 'serve' does: the site opens once",
            "everything is searchable. The demo's site is named \"Dossier demo\" and its",
            "publisher the United Nations General Assembly, until settings say otherwise.",
            "The demo stores meaning vectors (dossier.search.semantic=true): related",
            "publications can be similar in meaning, and search ranks by meaning too."
        })
final class DemoCommand implements Callable<Integer> {
    /** Defaults: a --dossier.site.* setting on the command line, or what an admin saves, comes first. */
    static final String[] DEMO_SETTINGS = {
        "dossier.demo=true",
        "dossier.site.name=Dossier demo",
        "dossier.site.publisher=United Nations General Assembly",
        "dossier.search.semantic=true"
    };

    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = Spring.start(root, true, DEMO_SETTINGS);
        long loaded = context.getBean(DemoLoader.class).loaded();
        spec.commandLine()
                .getErr()
                .println(
                        loaded > 0
                                ? "Loaded " + loaded + " demo publications."
                                : "The store is not empty: no demo data loaded.");
        spec.commandLine()
                .getErr()
                .println("Dossier is serving at " + Urls.base(context) + " (API: " + Urls.base(context)
                        + "/api/publications)");
        return Dossier.SERVING;
    }
}
