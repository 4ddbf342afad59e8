package org.dossier.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.citation.Citations;
import org.dossier.app.meta.PageMetadata;
import org.dossier.app.related.RelatedPublications;
import org.dossier.attachment.Attachment;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;

/**
 * The publication page, laid out as the founding example: title, type, date, authors, lede, Summary,
 * body, "About this …" with the disclaimer set apart, tags, and Related Publications cards. A preview (for
 * its editors, before readers may see it) says why readers cannot yet; on the page readers see it is null.
 */
public record PublicationPage(
        Publication publication,
        List<Connection> connections,
        List<RelatedPublications.Related> related,
        Map<String, String> placeNames,
        PageMetadata.Metadata metadata,
        List<Citations.Reference> citations,
        List<Attachment> pdfs,
        List<Publication> translations,
        String preview) {

    /** The newest publication readers may see that supersedes this one, if any: the page says so first. */
    public Publication supersededBy() {
        return connections.stream()
                .filter(c -> c.inverse() && c.kind() == Relation.Kind.SUPERSEDES)
                .map(Connection::other)
                .max(java.util.Comparator.comparing(
                        (Publication o) -> o.date() == null ? "" : o.date().toString()))
                .orElse(null);
    }

    /** The full address of another publication on this site (as hreflang links need). */
    public String address(Publication other) {
        String canonical = metadata.canonicalUrl();
        return canonical.substring(0, canonical.length() - publication.path().length()) + other.path();
    }

    /** A language by its own name ("français", "English"), or "another language" when it is not known. */
    public static String languageName(Publication p) {
        if (p.language() == null) {
            return "another language";
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(p.language());
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? p.language() : name;
    }

    /** "About this Brief" for a Peace Brief, "About this Report" for a Special Report, and so on. */
    public String aboutHeading() {
        String type = publication.type();
        if (type == null) {
            return "About this publication";
        }
        String[] words = type.strip().split("\\s+");
        String last = words[words.length - 1];
        return "About this " + last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }

    /** The body as safe HTML, when it is Markdown. */
    public String bodyHtml() {
        return publication.body() == null ? "" : MarkdownText.toHtml(publication.body());
    }

    /** The body's paragraphs (blank lines separate them), when it is plain text. */
    public List<String> bodyParagraphs() {
        return paragraphs(publication.body());
    }

    public List<String> aboutParagraphs() {
        return paragraphs(publication.about());
    }

    public List<String> ledeParagraphs() {
        return paragraphs(publication.lede());
    }

    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : List.of(text.split("\\n\\s*\\n")).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
