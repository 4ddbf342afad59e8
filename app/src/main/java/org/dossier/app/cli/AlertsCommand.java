package org.dossier.app.cli;

import java.util.concurrent.Callable;
import org.dossier.app.alert.DigestSender;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "send-alerts",
        mixinStandardHelpOptions = true,
        header = "Send the alert digests that are made and not yet sent.",
        description = {
            "A serving Dossier makes and sends the digests itself, every minute; this sends",
            "what a stopped one left unsent (each digest once: what was sent is recorded).",
            "E-mail is set with Spring's settings: --spring.mail.host=... --spring.mail.port=..."
        })
final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            int sent = context.getBean(DigestSender.class).send();
            spec.commandLine().getOut().printf("sent %d digests%n", sent);
            return 0;
        }
    }
}
