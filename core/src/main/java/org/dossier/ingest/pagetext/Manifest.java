package org.dossier.ingest.pagetext;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.field.FieldException;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.SourceLocation;

/**
 * A migration's manifest: a CSV file with a header, one row per saved page. Columns: {@code file}
 * (required: the page's file name), {@code title}, {@code date} (YYYY, YYYY-MM or YYYY-MM-DD), {@code url},
 * {@code type}, {@code topics} and {@code places} (separated by ";"), {@code language}, {@code collection}, {@code series} and {@code series_number}.
 */
public final class Manifest {
    public static final String FILE_NAME = "manifest.csv";

    private final Map<String, PageFacts> byFile = new HashMap<>();
    private final Map<String, RecordError> errorsByFile = new HashMap<>();
    private final List<RecordError> otherErrors = new ArrayList<>();

    private Manifest() {}

    public static Manifest empty() {
        return new Manifest();
    }

    public static Manifest read(Path path, PageFactsParser facts) throws IOException {
        Manifest manifest = new Manifest();
        String name = path.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            if (!parser.getHeaderMap().containsKey("file")) {
                manifest.otherErrors.add(
                        new RecordError(new SourceLocation(name, 1), "file", "the manifest has no \"file\" column"));
                return manifest;
            }
            for (CSVRecord row : parser) {
                SourceLocation at = new SourceLocation(name, row.getParser().getCurrentLineNumber());
                String file = value(row, "file");
                if (file == null) {
                    manifest.otherErrors.add(new RecordError(at, "file", "is required"));
                    continue;
                }
                try {
                    manifest.byFile.put(
                            file,
                            facts.parse(
                                    value(row, "title"),
                                    value(row, "date"),
                                    value(row, "url"),
                                    value(row, "type"),
                                    value(row, "topics"),
                                    value(row, "places"),
                                    value(row, "language"),
                                    value(row, "collection"),
                                    value(row, "series"),
                                    value(row, "series_number")));
                } catch (FieldException e) {
                    manifest.errorsByFile.put(file, RecordError.at(at, e));
                }
            }
        }
        return manifest;
    }

    /** The facts the manifest gives for a page; throws the manifest row's error when that row is wrong. */
    public Optional<PageFacts> factsFor(String fileName) {
        RecordError error = errorsByFile.get(fileName);
        if (error != null) {
            throw new InvalidRowException(error);
        }
        return Optional.ofNullable(byFile.get(fileName));
    }

    /** Errors in rows that name no file. */
    public List<RecordError> otherErrors() {
        return otherErrors;
    }

    /** The manifest row for a page is wrong, so the page is not imported with wrong facts. */
    public static final class InvalidRowException extends RuntimeException {
        private final RecordError error;

        InvalidRowException(RecordError error) {
            super(error.toString());
            this.error = error;
        }

        public RecordError error() {
            return error;
        }
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
