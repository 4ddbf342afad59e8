package org.dossier.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.catalog.Catalog;
import org.dossier.field.FieldException;
import org.dossier.ingest.Format;
import org.dossier.ingest.ImportReport;
import org.dossier.ingest.ImportSources;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageFactsParser;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.place.Gazetteer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        header = "Import publications from files or folders.",
        sortOptions = false,
        description = {
            "Imports files, or every file in a folder. The format is told from the file",
            "unless --format gives it. Importing again is safe: records are matched by",
            "id or source id and updated in place. A bad record is reported as",
            "file:line: field: what is wrong, and the others are imported.",
            "",
            "Formats:",
            "  page-text  .txt: a publication page saved as text, with its related cards",
            "  jsonl      .jsonl: Dossier's own JSON Lines, as written by dossier export",
            "  pax        .csv: the PA-X Peace Agreements Database",
            "  ungdc      .jsonl(.gz): the UN General Debate Corpus",
            "",
            "A saved page does not say its own title, date and URL: give them with",
            "--title, --date and --url, or in a manifest.csv beside the pages (columns",
            "file,title,date,url,type,topics,places,language,collection,series,series_number).",
            "Without a title and date the page is imported as needs-review.",
            ""
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A file, or a folder of files, to import.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", description = "page-text, jsonl, pax or ungdc.")
    String format;

    @Option(names = "--strict", description = "Stop at the first record that fails.")
    boolean strict;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the saved page.")
    String title;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the saved page: YYYY, YYYY-MM or YYYY-MM-DD.")
    String date;

    @Option(names = "--url", paramLabel = "URL", description = "Address of the saved page on the institute's site.")
    String url;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Type of the saved page, when its lede does not say it.")
    String type;

    @Option(
            names = {"--topics", "--topic"},
            paramLabel = "T1;T2",
            description = "Topics of the saved page, separated by ';'.")
    String topics;

    @Option(
            names = {"--places", "--place"},
            paramLabel = "P1;P2",
            description = "Places of the saved page: countries or regions, by ISO code or name, ';'-separated.")
    String places;

    @Option(names = "--language", paramLabel = "CODE", description = "Language of the saved page (default: en).")
    String language;

    @Option(names = "--collection", paramLabel = "NAME", description = "Collection of the saved page.")
    String collection;

    @Option(names = "--series", paramLabel = "NAME", description = "Numbered series of the saved page (Peace Brief).")
    String series;

    @Option(names = "--number", paramLabel = "N", description = "Its number in the series (151).")
    String number;

    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description = "Manifest of saved pages (default: manifest.csv beside them).")
    Path manifest;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format given = format();
        List<Path> files = files();
        if (files.size() > 1 && (title != null || date != null || url != null)) {
            throw new Dossier.UsageException(
                    "--title, --date and --url describe one page; for several pages use a manifest.csv");
        }
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            Catalog catalog = context.getBean(Catalog.class);
            Gazetteer gazetteer = context.getBean(Gazetteer.class);
            PageFacts facts = facts(gazetteer);
            Importer importer = context.getBean(Importer.class);
            Set<String> vocabulary = new HashSet<>(PageTextReader.defaultVocabulary());
            vocabulary.addAll(catalog.topicNames());
            ImportSources sources = new ImportSources(gazetteer, vocabulary, facts, manifest);
            Totals totals = new Totals();
            Set<RecordError> manifestErrorsShown = new HashSet<>();
            for (Path file : files) {
                Optional<Format> f = given != null ? Optional.of(given) : Format.detect(file);
                if (f.isEmpty() && !paths.contains(file)) {
                    err.println(file + ": skipped: not a file Dossier can import (.txt, .jsonl, .jsonl.gz, .csv)");
                    continue;
                }
                if (f.isEmpty()) {
                    err.println(file
                            + ": cannot tell the format of this file; give --format (page-text, jsonl, pax or ungdc)");
                    totals.failed++;
                    continue;
                }
                for (RecordError e : sources.manifestErrors(file)) {
                    if (manifestErrorsShown.add(e)) {
                        err.println(e);
                        totals.failed++;
                    }
                }
                ImportReport report;
                try (RecordReader reader = sources.open(file, f.get());
                        ConsoleListener listener = new ConsoleListener(err)) {
                    report = importer.run(reader, strict, listener);
                }
                out.println(file.getFileName() + " (" + f.get().code() + "): " + report);
                totals.add(report);
                if (strict && report.failed() > 0) {
                    break;
                }
            }
            if (files.size() > 1) {
                out.println("total: " + totals);
            }
            return totals.failed > 0 ? Dossier.RECORDS_FAILED : 0;
        }
    }

    private Format format() {
        try {
            return format == null ? null : Format.ofCode(format);
        } catch (IllegalArgumentException e) {
            throw new Dossier.UsageException("--format: " + e.getMessage());
        }
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new Dossier.UsageException("no such file or folder: " + p);
            }
            files.addAll(ImportSources.files(p));
        }
        return files;
    }

    /** The facts given on the command line, with places as the store knows them. */
    private PageFacts facts(Gazetteer gazetteer) {
        try {
            return new PageFactsParser(gazetteer)
                    .parse(title, date, url, type, topics, places, language, collection, series, number);
        } catch (FieldException e) {
            throw new Dossier.UsageException("--" + e.field() + ": " + e.getMessage());
        }
    }

    private static final class Totals {
        long created;
        long updated;
        long unchanged;
        long failed;

        void add(ImportReport r) {
            created += r.created();
            updated += r.updated();
            unchanged += r.unchanged();
            failed += r.failed();
        }

        @Override
        public String toString() {
            return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", failed " + failed;
        }
    }
}
