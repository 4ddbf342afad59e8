package org.dossier.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.dossier.app.DossierApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: with the web server for serve and demo, without for the others. */
final class Spring {
    private Spring() {
    }

    static ConfigurableApplicationContext start(Dossier root, boolean web, String... properties) {
        List<String> args = new ArrayList<>();
        args.add("--dossier.data=" + root.data);
        args.addAll(root.springSettings);
        SpringApplicationBuilder app = new SpringApplicationBuilder(DossierApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(web)
                .properties(properties);
        if (!web) {
            app.properties("logging.level.root=WARN");
        }
        return app.run(args.toArray(String[]::new));
    }
}
