package org.dossier.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code dossier} command line: serve, demo, import, export. */
@Command(
        name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = Dossier.Version.class,
        description = {
            "Dossier: a publications platform for peace-and-security research institutes.",
            "",
            "Data lives in ./data under the working directory unless --data DIR says",
            "otherwise. Spring settings pass through as --name=value, e.g.",
            "--server.port=9090, or --spring.datasource.url=jdbc:postgresql://host/db",
            "to use PostgreSQL."
        },
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ReindexCommand.class,
            VerifyCommand.class,
            RelatedCommand.class,
            UserCommand.class,
            AlertsCommand.class,
            EnrichCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done, nothing failed",
            "  1  done, but some records failed (each reported as file:line: field: ...)",
            "  2  the command line is wrong (unknown option, missing file)",
            "  3  Dossier could not run the command (store unavailable, disk full ...)"
        })
public final class Dossier implements Runnable {
    static final int RECORDS_FAILED = 1;
    static final int USAGE = 2;
    static final int CANNOT_RUN = 3;
    /** Returned by commands that leave the web server running: the process must not exit. */
    static final int SERVING = -1;

    private static final Pattern SPRING_SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");

    @Option(
            names = "--data",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Folder of Dossier's data (default: ./data).")
    Path data = Path.of("data");

    /** Settings for Spring, passed through from the command line. */
    final List<String> springSettings = new ArrayList<>();

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != SERVING) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Dossier dossier = new Dossier();
        List<String> own = new ArrayList<>();
        for (String arg : args) {
            if (SPRING_SETTING.matcher(arg).matches()) {
                dossier.springSettings.add(arg);
            } else {
                own.add(arg);
            }
        }
        CommandLine cli = new CommandLine(dossier);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof UsageException)) {
                cause = cause.getCause();
            }
            commandLine
                    .getErr()
                    .println("dossier: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            return cause instanceof UsageException ? USAGE : CANNOT_RUN;
        });
        return cli.execute(own.toArray(String[]::new));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "give a command: serve, demo, import, export, reindex, related or user");
    }

    /** A command line that names something that is not there: exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Dossier.class.getPackage().getImplementationVersion();
            return new String[] {"dossier " + (v == null ? "(development build)" : v)};
        }
    }
}
