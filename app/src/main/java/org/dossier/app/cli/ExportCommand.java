package org.dossier.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        header = "Write every publication as Dossier JSON Lines.",
        description = {
            "Writes every publication as Dossier JSON Lines (docs/import-formats.md),",
            "in creation order, to FILE or to standard output. Importing the export into",
            "an empty store and exporting again gives the same bytes."
        })
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            Catalog catalog = context.getBean(Catalog.class);
            if (file == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                long n = export(catalog, out);
                out.flush();
                spec.commandLine().getErr().println("exported " + n + " publications");
                return 0;
            }
            Path absolute = file.toAbsolutePath();
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
            try {
                long n;
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    n = export(catalog, out);
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().println("exported " + n + " publications to " + file);
                return 0;
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static long export(Catalog catalog, Writer out) {
        JsonLinesCodec codec = new JsonLinesCodec();
        long[] count = {0};
        catalog.forEach(p -> {
            try {
                out.write(codec.write(p));
                out.write('\n');
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count[0];
    }
}
