package org.dossier.app.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.shared.Links;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Relation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a publication page tells machines: schema.org JSON-LD, Google Scholar (Highwire) citation_* tags
 * and OpenGraph, from the same facts the reader sees.
 */
@Component
public class PageMetadata {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteUrls urls;
    private final Gazetteer gazetteer;
    private final Site site;

    PageMetadata(SiteUrls urls, Gazetteer gazetteer, Site site) {
        this.urls = urls;
        this.gazetteer = gazetteer;
        this.site = site;
    }

    /** A name/content pair of a meta tag; {@code property} for OpenGraph, {@code name} otherwise. */
    public record Tag(String attribute, String key, String content) {}

    /** The page's metadata, ready for the template. */
    public record Metadata(String canonicalUrl, String jsonLd, List<Tag> tags) {}

    /**
     * The metadata of a publication's page; {@code pdfPath} is its PDF's address, when it has one, and
     * {@code connections} how it belongs with other publications.
     */
    public Metadata of(Publication p, String pdfPath, List<Connection> connections) {
        String url = urls.of(p.path());
        List<Tag> tags = tags(p, url);
        if (pdfPath != null) {
            tags.add(
                    tags.indexOf(tags.stream()
                            .filter(t -> t.key().equals("citation_abstract_html_url"))
                            .findFirst()
                            .orElseThrow()),
                    new Tag("name", "citation_pdf_url", urls.of(pdfPath)));
        }
        return new Metadata(url, jsonLd(p, url, connections), tags);
    }

    private static Map<String, Object> series(String name, String url) {
        return Map.of("@type", "CreativeWorkSeries", "name", name, "url", url);
    }

    /**
     * The schema.org property that says a connection, or null: a work is based on what it updates, supersedes,
     * follows up or responds to (schema.org has no inverse of that), and parts and wholes name each other.
     */
    private static String schemaProperty(Connection c) {
        if (c.kind() == Relation.Kind.PART_OF) {
            return c.inverse() ? "hasPart" : "isPartOf";
        }
        return c.inverse() ? null : "isBasedOn";
    }

    /** schema.org: Report, ScholarlyArticle, Article, Legislation (agreements) or CreativeWork, by type. */
    static String schemaType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("report") || t.contains("brief") || t.contains("working paper")) {
            return "Report";
        }
        if (t.contains("journal") || t.contains("research") || t.contains("scholarly")) {
            return "ScholarlyArticle";
        }
        if (t.contains("analysis") || t.contains("commentary") || t.contains("article") || t.contains("op-ed")) {
            return "Article";
        }
        if (t.contains("agreement") || t.contains("accord") || t.contains("treaty")) {
            return "Legislation";
        }
        return "CreativeWork";
    }

    private String jsonLd(Publication p, String url, List<Connection> connections) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", schemaType(p.type()));
        ld.put("@id", url);
        ld.put("url", url);
        ld.put("headline", p.title());
        ld.put("name", p.title());
        if (p.type() != null) {
            ld.put("genre", p.type());
        }
        if (p.date() != null) {
            ld.put("datePublished", p.date().toString());
        }
        ld.put("dateModified", p.updated().toString());
        if (p.language() != null) {
            ld.put("inLanguage", p.language());
        }
        if (p.lede() != null) {
            ld.put("description", p.lede());
        }
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Authorship a : p.authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", a.person().name());
            person.put("url", urls.of(Links.person(a.person().id())));
            if (a.person().credentials() != null) {
                person.put("honorificSuffix", a.person().credentials());
            }
            if (a.person().affiliation() != null) {
                person.put(
                        "affiliation",
                        Map.of("@type", "Organization", "name", a.person().affiliation()));
            }
            authors.add(person);
        }
        if (!authors.isEmpty()) {
            ld.put("author", authors);
        }
        if (!p.topics().isEmpty()) {
            ld.put(
                    "about",
                    p.topics().stream()
                            .map(t -> Map.of("@type", "Thing", "name", t, "url", urls.of(Links.topic(t))))
                            .toList());
            ld.put("keywords", String.join(", ", p.topics()));
        }
        if (!p.places().isEmpty()) {
            ld.put(
                    "spatialCoverage",
                    p.places().stream()
                            .map(code -> Map.of(
                                    "@type",
                                    "Place",
                                    "name",
                                    gazetteer.find(code).map(Place::name).orElse(code),
                                    "url",
                                    urls.of(Links.place(code))))
                            .toList());
        }
        Map<String, List<Object>> related = new LinkedHashMap<>();
        if (p.collection() != null) {
            related.computeIfAbsent("isPartOf", k -> new ArrayList<>())
                    .add(series(p.collection(), urls.of(Links.collection(p.collection()))));
        }
        if (p.series() != null) {
            related.computeIfAbsent("isPartOf", k -> new ArrayList<>())
                    .add(series(p.series(), urls.of(Links.series(p.series()))));
            if (p.seriesNumber() != null) {
                ld.put("position", p.seriesNumber());
            }
        }
        for (Connection c : connections) {
            String property = schemaProperty(c);
            if (property != null) {
                related.computeIfAbsent(property, k -> new ArrayList<>())
                        .add(Map.of(
                                "@type",
                                schemaType(c.other().type()),
                                "@id",
                                urls.of(c.other().path()),
                                "name",
                                c.other().title()));
            }
        }
        related.forEach((property, values) -> ld.put(property, values.size() == 1 ? values.get(0) : values));
        String publisher = site.settings().publisher();
        if (!publisher.isEmpty()) {
            ld.put("publisher", Map.of("@type", "Organization", "name", publisher));
        }
        if (p.sourceUrl() != null) {
            ld.put("sameAs", p.sourceUrl());
        }
        // inside <script>, "<" must not open a tag: write it as a JSON escape
        return JSON.writeValueAsString(ld).replace("<", "\\u003c");
    }

    private List<Tag> tags(Publication p, String url) {
        List<Tag> tags = new ArrayList<>();
        String publisher = site.settings().publisher();
        tags.add(new Tag("name", "citation_title", p.title()));
        p.authors()
                .forEach(a ->
                        tags.add(new Tag("name", "citation_author", a.person().name())));
        if (p.date() != null) {
            tags.add(new Tag("name", "citation_publication_date", scholarDate(p.date())));
        }
        if (!publisher.isEmpty()) {
            tags.add(new Tag("name", "citation_publisher", publisher));
            if ("Report".equals(schemaType(p.type()))) {
                tags.add(new Tag("name", "citation_technical_report_institution", publisher));
            }
        }
        if (p.language() != null) {
            tags.add(new Tag("name", "citation_language", p.language()));
        }
        if (!p.topics().isEmpty()) {
            tags.add(new Tag("name", "citation_keywords", String.join("; ", p.topics())));
        }
        tags.add(new Tag("name", "citation_abstract_html_url", url));
        tags.add(new Tag("property", "og:type", "article"));
        tags.add(new Tag("property", "og:title", p.title()));
        tags.add(new Tag("property", "og:url", url));
        tags.add(new Tag("property", "og:site_name", site.settings().name()));
        if (p.lede() != null) {
            tags.add(new Tag("property", "og:description", p.lede()));
            tags.add(new Tag("name", "description", p.lede()));
        }
        if (p.date() != null) {
            tags.add(new Tag("property", "article:published_time", p.date().toString()));
        }
        p.topics().forEach(t -> tags.add(new Tag("property", "article:tag", t)));
        return tags;
    }

    /** Google Scholar takes YYYY/MM/DD or the year alone: a date known to the month is given by its year. */
    private static String scholarDate(PublicationDate d) {
        return d.day() == null
                ? String.valueOf(d.year())
                : String.format("%04d/%02d/%02d", d.year(), d.month(), d.day());
    }
}
