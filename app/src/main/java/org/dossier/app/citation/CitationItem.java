package org.dossier.app.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;

/**
 * A publication as a citation: its CSL item, and its topics as a list, since CSL keeps keywords in one
 * string and a topic may itself contain a comma ("Justice, Security & Rule of Law").
 */
record CitationItem(CSLItemData csl, List<String> keywords) {}
