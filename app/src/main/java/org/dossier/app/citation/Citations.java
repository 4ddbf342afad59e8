package org.dossier.app.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * Formatted references from the official CSL styles (citeproc-java): APA 7th edition and Chicago
 * author-date, as plain text. A style is parsed once and kept; each reference is made with it in turn, and
 * the references it made last are kept by the item they were made of (a page view then formats nothing).
 */
@Component
public class Citations {
    /** How many references one export of a search holds; {@code page} chooses which. */
    public static final int REFERENCES_PER_EXPORT = 1000;
    /** The styles shown in the Cite box, by key, with their CSL style names. */
    public static final Map<String, String> STYLES = Map.of("apa", "apa", "chicago", "chicago-author-date");

    private static final Map<String, String> LABELS =
            Map.of("apa", "APA (7th edition)", "chicago", "Chicago (author-date)");

    private final CitationItems items;
    private final Map<String, Engine> engines = new LinkedHashMap<>();

    Citations(CitationItems items) {
        this.items = items;
    }

    /** A formatted reference in one style. */
    public record Reference(String style, String label, String text) {}

    public List<Reference> of(Publication p) {
        return List.of(reference("apa", p), reference("chicago", p));
    }

    public Reference reference(String style, Publication p) {
        return new Reference(
                style, LABELS.get(style), engine(style).format(items.of(p).forStyles()));
    }

    private synchronized Engine engine(String style) {
        return engines.computeIfAbsent(style, s -> new Engine(STYLES.get(s)));
    }

    /** One CSL processor and the single item it formats at a time. */
    private static final class Engine implements ItemDataProvider {
        private static final int KEPT = 4096;

        private final CSL csl;
        private CSLItemData item;
        private final Map<CSLItemData, String> made = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CSLItemData, String> eldest) {
                return size() > KEPT;
            }
        };

        Engine(String style) {
            try {
                csl = new CSL(this, style, "en-US");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CSL style " + style, e);
            }
        }

        synchronized String format(CSLItemData data) {
            String known = made.get(data);
            if (known != null) {
                return known;
            }
            item = data;
            csl.reset();
            csl.setOutputFormat("text");
            csl.registerCitationItems(data.getId());
            String text = csl.makeBibliography().getEntries()[0].strip();
            made.put(data, text);
            return text;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return item == null ? List.of() : List.of(item.getId());
        }
    }
}
