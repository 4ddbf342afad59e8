package org.dossier.app.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.List;

/**
 * A publication as a citation: its CSL item, and its topics as a list, since CSL keeps keywords in one
 * string and a topic may itself contain a comma ("Justice, Security & Rule of Law").
 */
record CitationItem(CSLItemData csl, List<String> keywords) {

    /**
     * The item as styles should format it: a series named like the type ("Peace Brief" 151 of a Peace Brief) is the
     * report's number, so that APA writes "(Peace Brief No. 151)" and Chicago "Peace Brief 151", not the name twice.
     */
    CSLItemData forStyles() {
        if (csl.getCollectionNumber() == null
                || csl.getGenre() == null
                || !csl.getGenre().equalsIgnoreCase(csl.getCollectionTitle())) {
            return csl;
        }
        return new CSLItemDataBuilder(csl)
                .collectionTitle(null)
                .collectionNumber(null)
                .number(csl.getCollectionNumber())
                .build();
    }
}
