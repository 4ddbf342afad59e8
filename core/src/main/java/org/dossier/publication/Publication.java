package org.dossier.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A publication as Dossier keeps it: a brief, report, commentary, agreement or statement.
 * Type, topics and collection are named; places are codes (ISO 3166 alpha-3 for countries, slugs for
 * regions); related lists the ids of curated related publications (pins), in order, and bannedRelated
 * those an editor keeps out of the related list; relations say how it belongs with others ({@link Relation}:
 * it supersedes, updates, responds to …); a series it is numbered in ("Peace Brief" 151) is apart from its collection.
 * A translation names the publication it translates
 * ({@code translationOf}, the id of the original); the original and its translations are one family.
 * The body is plain paragraphs (as sources give it), or Markdown when {@code markdown} (as editors write it).
 */
public record Publication(
        String id,
        String slug,
        String title,
        String type,
        PublicationDate date,
        String language,
        String translationOf,
        Status status,
        Instant embargoUntil,
        String lede,
        List<String> summary,
        String body,
        boolean markdown,
        String about,
        String disclaimer,
        List<Authorship> authors,
        List<String> topics,
        List<String> places,
        String collection,
        String series,
        String seriesNumber,
        Map<String, String> attributes,
        String sourceUrl,
        List<String> sourceIds,
        List<String> related,
        List<String> bannedRelated,
        List<Relation> relations,
        Instant created,
        Instant updated) {

    public Publication {
        title = Text.line(title);
        type = Text.line(type);
        language = Text.clean(language);
        translationOf = Text.clean(translationOf);
        lede = Text.clean(lede);
        summary = Text.cleanAll(summary);
        body = Text.clean(body);
        about = Text.clean(about);
        disclaimer = Text.clean(disclaimer);
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = Text.cleanDistinct(topics).stream().map(Text::line).distinct().toList();
        places = Text.cleanDistinct(places);
        collection = Text.line(collection);
        series = Text.line(series);
        seriesNumber = Text.line(seriesNumber);
        attributes = attributes == null ? Map.of() : copyOrdered(attributes);
        sourceUrl = Text.clean(sourceUrl);
        sourceIds = Text.cleanDistinct(sourceIds);
        related = Text.cleanDistinct(related);
        bannedRelated = Text.cleanDistinct(bannedRelated);
        relations =
                relations == null ? List.of() : relations.stream().distinct().toList();
        status = status == null ? Status.DRAFT : status;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether readers may see it at this instant: a state for readers, and no embargo still running. */
    public boolean visibleAt(Instant now) {
        return status.forReaders() && (embargoUntil == null || !embargoUntil.isAfter(now));
    }

    /** The id shared by a publication and its translations: the original's. */
    public String translationFamily() {
        return translationOf != null ? translationOf : id;
    }

    /** What it is, in a word: the last word of its type in lower case ("brief" for a Peace Brief), or "publication". */
    public String noun() {
        if (type == null) {
            return "publication";
        }
        String[] words = type.split("\\s+");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    public String path() {
        return Slugs.path(date, slug);
    }

    /** What the publication says: all of it but its id, its times and the source ids it is known by. */
    public Publication content() {
        return toBuilder()
                .id(null)
                .sourceIds(List.of())
                .created(null)
                .updated(null)
                .build();
    }

    /** True when the two say the same ({@link #content()}). */
    public boolean sameContentAs(Publication other) {
        return content().equals(other.content());
    }

    private static Map<String, String> copyOrdered(Map<String, String> in) {
        Map<String, String> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            String value = Text.clean(v);
            if (Text.clean(k) != null && value != null) {
                out.put(Text.clean(k), value);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Builds publications field by field; importers fill what their source knows. */
    public static final class Builder {
        private String id;
        private String slug;
        private String title;
        private String type;
        private PublicationDate date;
        private String language;
        private String translationOf;
        private Status status;
        private Instant embargoUntil;
        private String lede;
        private List<String> summary = new ArrayList<>();
        private String body;
        private boolean markdown;
        private String about;
        private String disclaimer;
        private List<Authorship> authors = new ArrayList<>();
        private List<String> topics = new ArrayList<>();
        private List<String> places = new ArrayList<>();
        private String collection;
        private String series;
        private String seriesNumber;
        private Map<String, String> attributes = new LinkedHashMap<>();
        private String sourceUrl;
        private List<String> sourceIds = new ArrayList<>();
        private List<String> related = new ArrayList<>();
        private List<String> bannedRelated = new ArrayList<>();
        private List<Relation> relations = new ArrayList<>();
        private Instant created;
        private Instant updated;

        private Builder() {}

        private Builder(Publication p) {
            id = p.id;
            slug = p.slug;
            title = p.title;
            type = p.type;
            date = p.date;
            language = p.language;
            translationOf = p.translationOf;
            status = p.status;
            embargoUntil = p.embargoUntil;
            lede = p.lede;
            summary = new ArrayList<>(p.summary);
            body = p.body;
            markdown = p.markdown;
            about = p.about;
            disclaimer = p.disclaimer;
            authors = new ArrayList<>(p.authors);
            topics = new ArrayList<>(p.topics);
            places = new ArrayList<>(p.places);
            collection = p.collection;
            series = p.series;
            seriesNumber = p.seriesNumber;
            attributes = new LinkedHashMap<>(p.attributes);
            sourceUrl = p.sourceUrl;
            sourceIds = new ArrayList<>(p.sourceIds);
            related = new ArrayList<>(p.related);
            bannedRelated = new ArrayList<>(p.bannedRelated);
            relations = new ArrayList<>(p.relations);
            created = p.created;
            updated = p.updated;
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder slug(String v) {
            slug = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder date(PublicationDate v) {
            date = v;
            return this;
        }

        public Builder language(String v) {
            language = v;
            return this;
        }

        public Builder translationOf(String v) {
            translationOf = v;
            return this;
        }

        public Builder status(Status v) {
            status = v;
            return this;
        }

        public Builder embargoUntil(Instant v) {
            embargoUntil = v;
            return this;
        }

        public Builder lede(String v) {
            lede = v;
            return this;
        }

        public Builder summary(List<String> v) {
            summary = new ArrayList<>(v);
            return this;
        }

        public Builder body(String v) {
            body = v;
            return this;
        }

        public Builder markdown(boolean v) {
            markdown = v;
            return this;
        }

        public Builder about(String v) {
            about = v;
            return this;
        }

        public Builder disclaimer(String v) {
            disclaimer = v;
            return this;
        }

        public Builder authors(List<Authorship> v) {
            authors = new ArrayList<>(v);
            return this;
        }

        public Builder author(Authorship v) {
            authors.add(v);
            return this;
        }

        public Builder topics(List<String> v) {
            topics = new ArrayList<>(v);
            return this;
        }

        public Builder topic(String v) {
            topics.add(v);
            return this;
        }

        public Builder places(List<String> v) {
            places = new ArrayList<>(v);
            return this;
        }

        public Builder place(String v) {
            places.add(v);
            return this;
        }

        public Builder collection(String v) {
            collection = v;
            return this;
        }

        public Builder series(String v) {
            series = v;
            return this;
        }

        public Builder seriesNumber(String v) {
            seriesNumber = v;
            return this;
        }

        public Builder attributes(Map<String, String> v) {
            attributes = new LinkedHashMap<>(v);
            return this;
        }

        public Builder attribute(String name, String value) {
            attributes.put(name, value);
            return this;
        }

        public Builder sourceUrl(String v) {
            sourceUrl = v;
            return this;
        }

        public Builder sourceIds(List<String> v) {
            sourceIds = new ArrayList<>(v);
            return this;
        }

        public Builder sourceId(String v) {
            sourceIds.add(v);
            return this;
        }

        public Builder related(List<String> v) {
            related = new ArrayList<>(v);
            return this;
        }

        public Builder bannedRelated(List<String> v) {
            bannedRelated = new ArrayList<>(v);
            return this;
        }

        public Builder relations(List<Relation> v) {
            relations = new ArrayList<>(v);
            return this;
        }

        public Builder created(Instant v) {
            created = v;
            return this;
        }

        public Builder updated(Instant v) {
            updated = v;
            return this;
        }

        public Publication build() {
            return new Publication(
                    id,
                    slug,
                    title,
                    type,
                    date,
                    language,
                    translationOf,
                    status,
                    embargoUntil,
                    lede,
                    summary,
                    body,
                    markdown,
                    about,
                    disclaimer,
                    authors,
                    topics,
                    places,
                    collection,
                    series,
                    seriesNumber,
                    attributes,
                    sourceUrl,
                    sourceIds,
                    related,
                    bannedRelated,
                    relations,
                    created,
                    updated);
        }
    }
}
