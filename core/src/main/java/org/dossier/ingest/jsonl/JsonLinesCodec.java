package org.dossier.ingest.jsonl;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.field.FieldException;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dossier's canonical record: one publication as one JSON object, fields in a fixed order, absent
 * fields left out, so that the same publication is always the same bytes (docs/import-formats.md).
 */
public final class JsonLinesCodec {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Set<String> FIELDS = Set.of(
            "id",
            "slug",
            "title",
            "type",
            "date",
            "language",
            "translation_of",
            "status",
            "embargo_until",
            "lede",
            "summary",
            "body",
            "body_format",
            "about",
            "disclaimer",
            "authors",
            "topics",
            "places",
            "collection",
            "series",
            "series_number",
            "attributes",
            "source_url",
            "source_ids",
            "related",
            "related_banned",
            "relations",
            "created",
            "updated");
    private static final Set<String> AUTHOR_FIELDS = Set.of("id", "name", "credentials", "affiliation", "bio", "role");

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String write(Publication p) {
        ObjectNode o = mapper.createObjectNode();
        put(o, "id", p.id());
        put(o, "slug", p.slug());
        put(o, "title", p.title());
        put(o, "type", p.type());
        put(o, "date", p.date() == null ? null : p.date().toString());
        put(o, "language", p.language());
        put(o, "translation_of", p.translationOf());
        put(o, "status", p.status().code());
        put(
                o,
                "embargo_until",
                p.embargoUntil() == null ? null : p.embargoUntil().toString());
        put(o, "lede", p.lede());
        putAll(o, "summary", p.summary());
        put(o, "body", p.body());
        put(o, "body_format", p.markdown() ? "markdown" : null);
        put(o, "about", p.about());
        put(o, "disclaimer", p.disclaimer());
        if (!p.authors().isEmpty()) {
            ArrayNode authors = o.putArray("authors");
            for (Authorship a : p.authors()) {
                ObjectNode author = authors.addObject();
                Person person = a.person();
                put(author, "id", person.id());
                put(author, "name", person.name());
                put(author, "credentials", person.credentials());
                put(author, "affiliation", person.affiliation());
                put(author, "bio", person.bio());
                put(author, "role", a.role());
            }
        }
        putAll(o, "topics", p.topics());
        putAll(o, "places", p.places());
        put(o, "collection", p.collection());
        put(o, "series", p.series());
        put(o, "series_number", p.seriesNumber());
        if (!p.attributes().isEmpty()) {
            ObjectNode attributes = o.putObject("attributes");
            p.attributes().forEach(attributes::put);
        }
        put(o, "source_url", p.sourceUrl());
        putAll(o, "source_ids", p.sourceIds());
        putAll(o, "related", p.related());
        putAll(o, "related_banned", p.bannedRelated());
        if (!p.relations().isEmpty()) {
            ObjectNode relations = o.putObject("relations");
            for (Relation.Kind kind : Relation.Kind.values()) {
                List<String> targets = p.relations().stream()
                        .filter(r -> r.kind() == kind)
                        .map(Relation::target)
                        .toList();
                putAll(relations, kind.code(), targets);
            }
        }
        put(o, "created", p.created() == null ? null : p.created().toString());
        put(o, "updated", p.updated() == null ? null : p.updated().toString());
        return mapper.writeValueAsString(o);
    }

    /** Reads one record; throws {@link FieldException} naming the field that is wrong. */
    public Publication read(JsonNode node) {
        if (!node.isObject()) {
            throw new FieldException(null, "a record must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new FieldException(name, "is not a field of a Dossier record");
            }
        }
        String id = text(node, "id");
        if (id != null && !ID.matcher(id).matches()) {
            throw new FieldException("id", "'" + id + "' is not an id (letters, digits, . _ : -, at most 64)");
        }
        Publication p = Publication.builder()
                .id(id)
                .slug(text(node, "slug"))
                .title(required(node, "title"))
                .type(text(node, "type"))
                .date(date(node))
                .language(text(node, "language"))
                .translationOf(text(node, "translation_of"))
                .status(status(node))
                .embargoUntil(instant(node, "embargo_until"))
                .lede(text(node, "lede"))
                .summary(texts(node, "summary"))
                .body(text(node, "body"))
                .markdown(bodyFormat(node))
                .about(text(node, "about"))
                .disclaimer(text(node, "disclaimer"))
                .authors(authors(node))
                .topics(texts(node, "topics"))
                .places(texts(node, "places"))
                .collection(text(node, "collection"))
                .series(text(node, "series"))
                .seriesNumber(text(node, "series_number"))
                .attributes(attributes(node))
                .sourceUrl(text(node, "source_url"))
                .sourceIds(texts(node, "source_ids"))
                .related(texts(node, "related"))
                .bannedRelated(texts(node, "related_banned"))
                .relations(relations(node))
                .created(instant(node, "created"))
                .updated(instant(node, "updated"))
                .build();
        if (p.seriesNumber() != null && p.series() == null) {
            throw new FieldException("series_number", "a number needs the series it is in (series)");
        }
        if (p.id() == null && p.sourceIds().isEmpty()) {
            throw new FieldException(
                    "id", "a record needs an id or a source_ids entry, or importing it again would duplicate it");
        }
        return p;
    }

    public JsonMapper mapper() {
        return mapper;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putAll(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            values.forEach(array::add);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new FieldException(field, "must be a string");
        }
        return v.asString();
    }

    private static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            throw new FieldException(field, "is required");
        }
        return v;
    }

    private static List<String> texts(JsonNode node, String field) {
        return texts(node, field, field);
    }

    /** The strings of {@code node}'s array {@code name}; errors name {@code field}. */
    private static List<String> texts(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new FieldException(field, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) {
                throw new FieldException(field, "must be an array of strings");
            }
            out.add(item.asString());
        }
        return out;
    }

    private static PublicationDate date(JsonNode node) {
        String v = text(node, "date");
        try {
            return v == null ? null : PublicationDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw new FieldException("date", e.getMessage());
        }
    }

    private static Status status(JsonNode node) {
        String v = text(node, "status");
        try {
            return v == null ? Status.PUBLISHED : Status.ofCode(v);
        } catch (IllegalArgumentException e) {
            throw new FieldException("status", e.getMessage());
        }
    }

    private static boolean bodyFormat(JsonNode node) {
        String v = text(node, "body_format");
        if (v == null || v.equals("text")) {
            return false;
        }
        if (v.equals("markdown")) {
            return true;
        }
        throw new FieldException("body_format", "'" + v + "' is not a body format (text or markdown)");
    }

    private static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "'" + v + "' is not a UTC time such as 2024-03-21T09:30:00Z");
        }
    }

    private static List<Authorship> authors(JsonNode node) {
        JsonNode v = node.get("authors");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new FieldException("authors", "must be an array of objects");
        }
        List<Authorship> out = new ArrayList<>();
        int i = 0;
        for (JsonNode a : v) {
            String field = "authors[" + i++ + "]";
            if (!a.isObject()) {
                throw new FieldException(field, "must be an object with at least a name");
            }
            for (String name : a.propertyNames()) {
                if (!AUTHOR_FIELDS.contains(name)) {
                    throw new FieldException(field + "." + name, "is not a field of an author");
                }
            }
            String name = text(a, "name");
            if (name == null || name.isBlank()) {
                throw new FieldException(field + ".name", "is required");
            }
            out.add(new Authorship(
                    new Person(text(a, "id"), name, text(a, "credentials"), text(a, "bio"), text(a, "affiliation")),
                    text(a, "role")));
        }
        return out;
    }

    /** {"supersedes": ["id", …], "responds_to": […]}: each kind of relation with the ids it is to. */
    private static List<Relation> relations(JsonNode node) {
        JsonNode v = node.get("relations");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isObject()) {
            throw new FieldException(
                    "relations", "must be an object of arrays of ids, such as {\"supersedes\": [\"…\"]}");
        }
        List<Relation> out = new ArrayList<>();
        for (String name : v.propertyNames()) {
            String field = "relations." + name;
            Relation.Kind kind = Relation.Kind.ofCode(name)
                    .orElseThrow(() ->
                            new FieldException(field, "is not a kind of relation (" + Relation.Kind.codes() + ")"));
            for (String target : texts(v, name, field)) {
                if (!ID.matcher(target).matches()) {
                    throw new FieldException(field, "'" + target + "' is not an id");
                }
                out.add(new Relation(kind, target));
            }
        }
        return out;
    }

    private static Map<String, String> attributes(JsonNode node) {
        JsonNode v = node.get("attributes");
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new FieldException("attributes", "must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : v.propertyNames()) {
            JsonNode value = v.get(name);
            if (!value.isString()) {
                throw new FieldException("attributes." + name, "must be a string");
            }
            out.put(name, value.asString());
        }
        return out;
    }
}
