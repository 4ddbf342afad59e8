package org.dossier.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.dossier.app.DossierApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: with the web server for serve and demo, without for the others. */
final class Spring {
    private Spring() {}

    /** Commands that only touch the store run without the search index, which the serving process owns. */
    static final String WITHOUT_SEARCH = "dossier.search.enabled=false";

    static ConfigurableApplicationContext start(Dossier root, boolean web, String... properties) {
        List<String> args = new ArrayList<>();
        args.add("--dossier.data=" + root.data);
        args.addAll(root.springSettings);
        SpringApplicationBuilder app = new SpringApplicationBuilder(DossierApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(web)
                .properties(properties);
        if (!web) {
            // a command reports its own failure in one line (see Dossier); Spring need not print it too
            app.properties(
                    "logging.level.root=WARN",
                    "logging.level.org.springframework.boot.SpringApplication=OFF",
                    "logging.level.org.springframework.context=ERROR");
        }
        return app.run(args.toArray(String[]::new));
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
