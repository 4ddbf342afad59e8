package org.dossier.app.citation;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.springframework.stereotype.Component;

/**
 * A publication as a citation item (CSL): its kind and its type as written (the genre), authors as family and
 * given names, date, publisher, its series and number (else its collection) as the collection, link, topics. Every text is one line without control characters: a reference
 * is one entry, whatever line breaks a source put in a title.
 */
@Component
class CitationItems {
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private final SiteUrls urls;
    private final Site site;

    CitationItems(SiteUrls urls, Site site) {
        this.urls = urls;
        this.site = site;
    }

    CitationItem of(Publication p) {
        CSLType type = type(p.type());
        CSLItemDataBuilder b = new CSLItemDataBuilder()
                .id(p.id())
                .type(type)
                .title(line(p.title()))
                .URL(p.sourceUrl() != null ? p.sourceUrl() : urls.of(p.path()));
        List<CSLName> authors = new ArrayList<>();
        for (Authorship a : p.authors()) {
            authors.add(name(line(a.person().name())));
        }
        if (!authors.isEmpty()) {
            b.author(authors.toArray(CSLName[]::new));
        }
        PublicationDate d = p.date();
        if (d != null) {
            if (d.day() != null) {
                b.issued(d.year(), d.month(), d.day());
            } else if (d.month() != null) {
                b.issued(d.year(), d.month());
            } else {
                b.issued(d.year());
            }
        }
        if (p.type() != null) {
            b.genre(line(p.type()));
        }
        String publisher = site.settings().publisher();
        if (!publisher.isEmpty()) {
            b.publisher(line(publisher));
        }
        if (p.series() != null) {
            b.collectionTitle(line(p.series()));
            if (p.seriesNumber() != null) {
                b.collectionNumber(line(p.seriesNumber()));
            }
        } else if (p.collection() != null) {
            b.collectionTitle(line(p.collection()));
        }
        if (p.language() != null) {
            b.language(p.language());
        }
        if (p.lede() != null) {
            b.abstrct(line(p.lede()));
        }
        List<String> topics = p.topics().stream().map(CitationItems::line).toList();
        if (!topics.isEmpty()) {
            b.keyword(String.join("; ", topics));
        }
        return new CitationItem(b.build(), topics);
    }

    /** Reports and briefs are reports; agreements treaties; statements speeches; commentary articles. */
    static CSLType type(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("report") || t.contains("brief") || t.contains("paper")) {
            return CSLType.REPORT;
        }
        if (t.contains("agreement") || t.contains("accord") || t.contains("treaty")) {
            return CSLType.TREATY;
        }
        if (t.contains("statement") || t.contains("speech") || t.contains("testimony")) {
            return CSLType.SPEECH;
        }
        if (t.contains("analysis") || t.contains("commentary") || t.contains("article")) {
            return CSLType.ARTICLE;
        }
        return CSLType.DOCUMENT;
    }

    /** "Hannah Armstrong" → family Armstrong, given Hannah; a leading "Mr." or "Dr." is not part of it. */
    static CSLName name(String name) {
        String plain = name.replaceFirst("^(?i)(mr|mrs|ms|dr|prof|sir|h\\.\\s?e)\\.?\\s+", "")
                .strip();
        if (!plain.contains(" ")) {
            return new CSLNameBuilder().literal(plain).build();
        }
        CSLName[] parsed = NameParser.parse(plain);
        return parsed.length == 1
                ? parsed[0]
                : new CSLNameBuilder().literal(plain).build();
    }

    /** The text on one line: line breaks, tabs and other control characters become single spaces. */
    static String line(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
