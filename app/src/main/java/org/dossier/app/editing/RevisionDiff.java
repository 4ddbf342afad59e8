package org.dossier.app.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.dossier.publication.Publication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What differs between two versions of a publication, field by field (as Dossier JSON Lines names them),
 * leaving out ids and times.
 */
public final class RevisionDiff {
    private static final JsonLinesCodec CODEC = new JsonLinesCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> IGNORED = Set.of("id", "created", "updated", "source_ids");

    private RevisionDiff() {}

    /** A field's value before and after ("" when absent). */
    public record FieldChange(String field, String before, String after) {}

    static List<FieldChange> between(Publication before, Publication after) {
        JsonNode a = JSON.readTree(CODEC.write(before));
        JsonNode b = JSON.readTree(CODEC.write(after));
        Set<String> fields = new LinkedHashSet<>(a.propertyNames());
        fields.addAll(b.propertyNames());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(a.get(field));
            String is = text(b.get(field));
            if (!IGNORED.contains(field) && !was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isArray()) {
            List<String> lines = new ArrayList<>();
            node.forEach(item -> lines.add(text(item)));
            return String.join("\n", lines);
        }
        return node.toString();
    }
}
