package org.dossier.ingest.pagetext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.SourceLocation;
import org.dossier.ingest.TextSource;

/** Reads one saved page (a small file, read whole) as one unit: its related cards, then the page. */
public final class PageTextReader implements RecordReader {
    private final Deque<Parsed> pending = new ArrayDeque<>();
    private boolean read;
    private final Path file;
    private final PageFacts facts;
    private final PageTextParser parser;

    public PageTextReader(Path file, PageFacts facts, Collection<String> topicVocabulary) {
        this.file = file;
        this.facts = facts;
        this.parser = new PageTextParser(new TopicSplitter(topicVocabulary));
    }

    /** Issue areas that institutes' pages commonly use; the store's own topics are added to them. */
    public static List<String> defaultVocabulary() {
        try (var in = PageTextReader.class.getResourceAsStream("issue-areas.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Parsed next() throws IOException {
        if (!read) {
            read = true;
            String name = file.getFileName().toString();
            List<String> lines = new ArrayList<>();
            try (TextSource text = new TextSource(file)) {
                for (String line; (line = text.readLine()) != null; ) {
                    if (text.tooLong() || text.notUtf8(text.lineNumber(), text.lineNumber())) {
                        pending.add(new RecordError(
                                new SourceLocation(name, text.lineNumber()),
                                null,
                                (text.tooLong()
                                                ? String.format("is longer than %,d characters", TextSource.MAX_LINE)
                                                : "is not UTF-8 text")
                                        + ": the page was not imported"));
                        return pending.poll();
                    }
                    lines.add(line);
                }
            }
            pending.addAll(parser.parse(name, lines, facts));
        }
        return pending.poll();
    }

    @Override
    public double fractionRead() {
        return read ? 1 : 0;
    }

    @Override
    public void close() {}
}
