package org.dossier.ingest.ungdc;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.field.FieldException;
import org.dossier.ingest.Lines;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the UN General Debate Corpus as JSON Lines (id, iso3, country, session, year, speaker, post,
 * text), streaming: each statement becomes a "Statement" by its speaker, in the post they held, for
 * their country, dated by its year (the corpus gives no day).
 */
public final class UngdcReader implements RecordReader {
    public static final String COLLECTION = "UN General Debate";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Lines lines;
    private final Gazetteer gazetteer;

    public UngdcReader(Path path, Gazetteer gazetteer) throws IOException {
        this.lines = new Lines(path);
        this.gazetteer = gazetteer;
    }

    @Override
    public Parsed next() throws IOException {
        return lines.next(line -> statement(mapper.readTree(line)));
    }

    private Publication statement(JsonNode n) {
        String id = required(n, "id");
        String iso3 = required(n, "iso3");
        Place country = gazetteer
                .find(iso3)
                .orElseThrow(() -> new FieldException("iso3", "'" + iso3 + "' is not a known country code"));
        int year = number(n, "year");
        if (year < 1 || year > 9999) {
            throw new FieldException("year", year + " is not a year");
        }
        int session = number(n, "session");
        String text = required(n, "text");
        String speaker = optional(n, "speaker");
        String post = optional(n, "post");
        Publication.Builder p = Publication.builder()
                .title(title(country.name(), year, speaker, post))
                .type("Statement")
                .status(Status.PUBLISHED)
                .date(PublicationDate.ofYear(year))
                .language("en")
                .body(text)
                .place(country.code())
                .collection(COLLECTION)
                .attribute("Session", String.valueOf(session))
                .sourceId("ungdc:" + id);
        if (speaker != null) {
            p.author(new Authorship(new Person(null, speaker, null, null, country.name()), post));
        }
        return p.build();
    }

    static String title(String country, int year, String speaker, String post) {
        String title = country + " at the UN General Debate " + year;
        if (speaker == null) {
            return title;
        }
        return title + ": statement by " + speaker + (post == null ? "" : ", " + post);
    }

    private static String required(JsonNode n, String field) {
        String v = optional(n, field);
        if (v == null) {
            throw new FieldException(field, "is required");
        }
        return v;
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new FieldException(field, "must be a string");
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static int number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new FieldException(field, "must be a whole number");
        }
        return v.asInt();
    }

    @Override
    public double fractionRead() {
        return lines.fractionRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
