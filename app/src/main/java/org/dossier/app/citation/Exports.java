package org.dossier.app.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbibtex.BibTeXComment;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;

/**
 * Citation items as files reference managers import: BibTeX (written with jbibtex), RIS and CSL-JSON.
 * RIS is written here: it is a line per tag ("TY  - RPRT") and no maintained Java library writes it.
 * BibTeX keeps a title's capitals (the title is braced: styles would lower-case "Mali"), and its keywords are
 * a biblatex list, where a keyword with a comma in it is braced so that it stays one keyword.
 */
final class Exports {
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private Exports() {}

    /** BibTeX; a note, when given, comes first as a comment. */
    static String bibtex(List<CitationItem> items, String note) {
        BibTeXDatabase db = new BibTeXDatabase();
        if (note != null) {
            db.addObject(new BibTeXComment(new StringValue(note.replaceAll("[{}]", ""), StringValue.Style.BRACED)));
        }
        for (CitationItem citation : items) {
            CSLItemData item = citation.csl();
            BibTeXEntry e = new BibTeXEntry(bibtexType(item.getType()), new Key(key(item)));
            e.addField(
                    BibTeXEntry.KEY_TITLE,
                    new StringValue("{" + latex(item.getTitle()) + "}", StringValue.Style.BRACED));
            if (item.getAuthor() != null) {
                List<String> names = new ArrayList<>();
                for (CSLName n : item.getAuthor()) {
                    names.add(
                            n.getLiteral() != null
                                    ? "{" + latex(n.getLiteral()) + "}"
                                    : latex(n.getFamily()) + ", " + latex(n.getGiven()));
                }
                e.addField(
                        BibTeXEntry.KEY_AUTHOR, new StringValue(String.join(" and ", names), StringValue.Style.BRACED));
            }
            if (item.getIssued() != null && item.getIssued().getDateParts() != null) {
                int[] parts = item.getIssued().getDateParts()[0];
                field(e, BibTeXEntry.KEY_YEAR, String.valueOf(parts[0]));
                if (parts.length > 1 && parts[1] >= 1 && parts[1] <= 12) {
                    e.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS[parts[1] - 1]));
                }
            }
            field(
                    e,
                    item.getType() == CSLType.REPORT ? BibTeXEntry.KEY_INSTITUTION : BibTeXEntry.KEY_PUBLISHER,
                    item.getPublisher());
            field(e, BibTeXEntry.KEY_TYPE, item.getGenre());
            field(e, BibTeXEntry.KEY_SERIES, item.getCollectionTitle());
            field(e, BibTeXEntry.KEY_NUMBER, item.getCollectionNumber());
            field(e, BibTeXEntry.KEY_URL, item.getURL());
            field(e, new Key("language"), item.getLanguage());
            if (!citation.keywords().isEmpty()) {
                e.addField(
                        new Key("keywords"),
                        new StringValue(
                                String.join(
                                        ", ",
                                        citation.keywords().stream()
                                                .map(k -> k.contains(",") ? "{" + latex(k) + "}" : latex(k))
                                                .toList()),
                                StringValue.Style.BRACED));
            }
            field(e, new Key("abstract"), item.getAbstrct());
            db.addObject(e);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String ris(List<CitationItem> items) {
        StringBuilder s = new StringBuilder();
        for (CitationItem citation : items) {
            CSLItemData item = citation.csl();
            tag(s, "TY", risType(item.getType()));
            if (item.getAuthor() != null) {
                for (CSLName n : item.getAuthor()) {
                    tag(s, "AU", n.getLiteral() != null ? n.getLiteral() : n.getFamily() + ", " + n.getGiven());
                }
            }
            tag(s, "TI", item.getTitle());
            if (item.getIssued() != null && item.getIssued().getDateParts() != null) {
                int[] parts = item.getIssued().getDateParts()[0];
                tag(s, "PY", String.valueOf(parts[0]));
                tag(
                        s,
                        "DA",
                        String.format(
                                Locale.ROOT,
                                "%04d/%s/%s",
                                parts[0],
                                parts.length > 1 ? String.format("%02d", parts[1]) : "",
                                parts.length > 2 ? String.format("%02d", parts[2]) : ""));
            }
            tag(s, "PB", item.getPublisher());
            tag(s, "M3", item.getGenre());
            tag(s, "T3", item.getCollectionTitle());
            tag(s, "IS", item.getCollectionNumber());
            tag(s, "LA", item.getLanguage());
            tag(s, "AB", item.getAbstrct());
            citation.keywords().forEach(k -> tag(s, "KW", k));
            tag(s, "UR", item.getURL());
            tag(s, "ID", item.getId());
            s.append("ER  - \r\n\r\n");
        }
        return s.toString();
    }

    static String cslJson(List<CitationItem> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ",")
                    .append(items.get(i).csl().toJson(new StringJsonBuilderFactory().createJsonBuilder()));
        }
        return s.append("]").toString();
    }

    /** "armstrong2013crisis": first author's family name, year, first word of the title. */
    private static String key(CSLItemData item) {
        String who = item.getAuthor() == null || item.getAuthor().length == 0
                ? "anon"
                : item.getAuthor()[0].getFamily() != null
                        ? item.getAuthor()[0].getFamily()
                        : item.getAuthor()[0].getLiteral();
        String year = item.getIssued() != null && item.getIssued().getDateParts() != null
                ? String.valueOf(item.getIssued().getDateParts()[0][0])
                : "nd";
        String word = item.getTitle().split("\\s+")[0];
        String key = java.text.Normalizer.normalize(who + year + word, java.text.Normalizer.Form.NFKD)
                .replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
        return key + "-"
                + item.getId().substring(Math.max(0, item.getId().length() - 4)).toLowerCase(Locale.ROOT);
    }

    private static Key bibtexType(CSLType type) {
        return switch (type) {
            case REPORT -> BibTeXEntry.TYPE_TECHREPORT;
            default -> BibTeXEntry.TYPE_MISC;
        };
    }

    private static String risType(CSLType type) {
        return switch (type) {
            case REPORT -> "RPRT";
            case ARTICLE -> "ELEC";
            case TREATY -> "LEGAL";
            default -> "GEN";
        };
    }

    private static void field(BibTeXEntry e, Key key, String value) {
        if (value != null && !value.isBlank()) {
            e.addField(key, new StringValue(latex(value), StringValue.Style.BRACED));
        }
    }

    /** Characters that mean something to (La)TeX, written so that they print as themselves. */
    static String latex(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void tag(StringBuilder s, String tag, String value) {
        if (value != null && !value.isBlank()) {
            s.append(tag).append("  - ").append(value.strip()).append("\r\n");
        }
    }
}
