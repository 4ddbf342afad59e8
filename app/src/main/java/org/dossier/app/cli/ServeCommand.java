package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the web application and JSON API.",
        description = {
            "Serves Dossier's web application and JSON API at http://localhost:8080",
            "(another port with --server.port=N). Stop it with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = Spring.start(root, true);
        spec.commandLine().getErr().println("Dossier is serving at " + Urls.base(context));
        if (!context.getBean(SiteUrls.class).configured()) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "Note: dossier.site.url is not set, so feeds, sitemaps, OAI-PMH and page metadata give"
                                    + " this machine's address (localhost). On a public site, start with --dossier.site.url=https://…");
        }
        if (context.getBean(Site.class).settings().publisher().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("Note: no publisher is set, so references and metadata name none. Name your institute"
                            + " on " + Urls.base(context)
                            + "/admin/settings, or start with --dossier.site.publisher=\"...\".");
        }
        return Dossier.SERVING;
    }
}
