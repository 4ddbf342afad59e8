package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The import formats, and how to tell which one a file is in. */
public enum Format {
    PAGE_TEXT("page-text", "a publication page saved as text (with its Related Publications cards)"),
    JSONL("jsonl", "Dossier's own JSON Lines, as written by dossier export"),
    PAX("pax", "the PA-X Peace Agreements Database CSV"),
    UNGDC("ungdc", "the UN General Debate Corpus as JSON Lines");

    private final String code;
    private final String description;

    Format(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Format ofCode(String code) {
        return Arrays.stream(values())
                .filter(f -> f.code.equals(code.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + code + "' is not a format (page-text, jsonl, pax or ungdc)"));
    }

    /** The format of a file, told from its name and its first line; empty when it cannot be told. */
    public static Optional<Format> detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".txt")) {
            return Optional.of(PAGE_TEXT);
        }
        if (base.endsWith(".csv")) {
            String header = firstLine(file);
            return header.contains("AgtId") && header.contains("Agt") ? Optional.of(PAX) : Optional.empty();
        }
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json")) {
            String first = firstLine(file);
            boolean ungdc =
                    first.contains("\"iso3\"") && first.contains("\"session\"") && first.contains("\"speaker\"");
            return Optional.of(ungdc ? UNGDC : JSONL);
        }
        return Optional.empty();
    }

    private static String firstLine(Path file) throws IOException {
        try (TextSource text = new TextSource(file)) {
            for (String line; (line = text.readLine()) != null; ) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return "";
        }
    }
}
