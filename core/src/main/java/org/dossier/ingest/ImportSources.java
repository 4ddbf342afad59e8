package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.ingest.pagetext.Manifest;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageFactsParser;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;

/**
 * Opens what the user asked to import: a file, or every file of a directory (sorted, recursively),
 * each in its detected or given format. Saved pages take their facts from the command line and from a
 * {@code manifest.csv} beside them (the command line wins).
 */
public final class ImportSources {
    private final Gazetteer gazetteer;
    private final Collection<String> topicVocabulary;
    private final PageFacts commandLineFacts;
    private final Path manifestPath;
    private final Map<Path, Manifest> manifests = new HashMap<>();

    public ImportSources(
            Gazetteer gazetteer, Collection<String> topicVocabulary, PageFacts commandLineFacts, Path manifestPath) {
        this.gazetteer = gazetteer;
        this.topicVocabulary = topicVocabulary;
        this.commandLineFacts = commandLineFacts;
        this.manifestPath = manifestPath;
    }

    /** The files to import under a path: the path itself, or the files of a directory except manifests. */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    public RecordReader open(Path file, Format format) throws IOException {
        return switch (format) {
            case PAGE_TEXT -> pageText(file);
            case JSONL -> new JsonLinesReader(file);
            case PAX -> new PaxReader(file, gazetteer);
            case UNGDC -> new UngdcReader(file, gazetteer);
        };
    }

    /** Errors of the manifest that apply to no single page; empty when there is no manifest. */
    public List<RecordError> manifestErrors(Path file) throws IOException {
        return manifestFor(file).otherErrors();
    }

    private RecordReader pageText(Path file) throws IOException {
        PageFacts facts;
        try {
            facts = manifestFor(file)
                    .factsFor(file.getFileName().toString())
                    .map(this::withCommandLine)
                    .orElse(commandLineFacts);
        } catch (Manifest.InvalidRowException e) {
            return single(e.error());
        }
        return new PageTextReader(file, facts, topicVocabulary);
    }

    private Manifest manifestFor(Path file) throws IOException {
        Path manifest = manifestPath != null
                ? manifestPath
                : file.toAbsolutePath().getParent().resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Manifest.empty();
        }
        Manifest cached = manifests.get(manifest);
        if (cached == null) {
            cached = Manifest.read(manifest, new PageFactsParser(gazetteer));
            manifests.put(manifest, cached);
        }
        return cached;
    }

    private PageFacts withCommandLine(PageFacts fromManifest) {
        PageFacts c = commandLineFacts;
        return new PageFacts(
                c.title() != null ? c.title() : fromManifest.title(),
                c.date() != null ? c.date() : fromManifest.date(),
                c.url() != null ? c.url() : fromManifest.url(),
                c.type() != null ? c.type() : fromManifest.type(),
                !c.topics().isEmpty() ? c.topics() : fromManifest.topics(),
                !c.places().isEmpty() ? c.places() : fromManifest.places(),
                c.language() != null ? c.language() : fromManifest.language(),
                c.collection() != null ? c.collection() : fromManifest.collection(),
                c.series() != null ? c.series() : fromManifest.series(),
                c.series() != null ? c.seriesNumber() : fromManifest.seriesNumber());
    }

    private static RecordReader single(RecordError error) {
        List<Parsed> items = new ArrayList<>(List.of(error));
        return new RecordReader() {
            @Override
            public Parsed next() {
                return items.isEmpty() ? null : items.remove(0);
            }

            @Override
            public double fractionRead() {
                return items.isEmpty() ? 1 : 0;
            }

            @Override
            public void close() {}
        };
    }
}
