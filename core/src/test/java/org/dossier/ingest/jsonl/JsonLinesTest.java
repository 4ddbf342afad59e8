package org.dossier.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.ingest.ReaderSupport.readAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    private final JsonLinesCodec codec = new JsonLinesCodec();

    @TempDir
    Path tmp;

    @Test
    void writesFieldsInAFixedOrderLeavingOutWhatIsAbsent() {
        Publication p = Publication.builder()
                .id("01A")
                .slug("a-title")
                .title("A “title”")
                .date(PublicationDate.parse("2013-05"))
                .summary(List.of("One", "Two"))
                .author(new Authorship(new Person("01P", "Ena Dion", null, null, null), null))
                .places(List.of("MLI"))
                .sourceId("x:1")
                .created(Instant.parse("2024-01-02T03:04:05.678Z"))
                .updated(Instant.parse("2024-01-02T03:04:05.678Z"))
                .build();

        assertThat(codec.write(p))
                .isEqualTo("{\"id\":\"01A\",\"slug\":\"a-title\",\"title\":\"A “title”\",\"date\":\"2013-05\","
                        + "\"status\":\"draft\",\"summary\":[\"One\",\"Two\"],\"authors\":[{\"id\":\"01P\",\"name\":\"Ena Dion\"}],"
                        + "\"places\":[\"MLI\"],\"source_ids\":[\"x:1\"],\"created\":\"2024-01-02T03:04:05.678Z\","
                        + "\"updated\":\"2024-01-02T03:04:05.678Z\"}");
    }

    @Test
    void readsBackWhatItWrote() {
        Publication p = Publication.builder()
                .id("01A")
                .slug("s")
                .title("T")
                .type("Peace Brief")
                .language("fr")
                .lede("L")
                .body("B\n\nC")
                .about("A")
                .disclaimer("D")
                .topics(List.of("Gender"))
                .collection("C")
                .attribute("Stage", "Pre")
                .sourceUrl("https://x.org/a")
                .sourceId("x:1")
                .related(List.of("01B"))
                .author(new Authorship(new Person("01P", "N", "Ph.D.", "Bio", "Aff"), "President"))
                .build();

        assertThat(codec.read(codec.mapper().readTree(codec.write(p)))).isEqualTo(p);
    }

    @Test
    void writesRelationsByKindInTheKindsOrderAndReadsThemBack() {
        Publication p = Publication.builder()
                .id("report-2024")
                .title("Ten years on")
                .relations(List.of(
                        new Relation(Relation.Kind.PART_OF, "series-1"),
                        new Relation(Relation.Kind.SUPERSEDES, "brief-2013"),
                        new Relation(Relation.Kind.SUPERSEDES, "brief-2014")))
                .build();

        String line = codec.write(p);

        assertThat(line)
                .isEqualTo("{\"id\":\"report-2024\",\"title\":\"Ten years on\",\"status\":\"draft\",\"relations\":"
                        + "{\"supersedes\":[\"brief-2013\",\"brief-2014\"],\"part_of\":[\"series-1\"]}}");
        assertThat(codec.read(codec.mapper().readTree(line)).relations())
                .containsExactly(
                        new Relation(Relation.Kind.SUPERSEDES, "brief-2013"),
                        new Relation(Relation.Kind.SUPERSEDES, "brief-2014"),
                        new Relation(Relation.Kind.PART_OF, "series-1"));
    }

    @Test
    void namesTheRelationThatIsWrong() throws Exception {
        Path file = tmp.resolve("relations.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"id\":\"A1\",\"title\":\"One\",\"relations\":{\"replaces\":[\"A2\"]}}",
                        "{\"id\":\"A2\",\"title\":\"Two\",\"relations\":[\"A1\"]}",
                        "{\"id\":\"A3\",\"title\":\"Three\",\"relations\":{\"updates\":\"A1\"}}",
                        "{\"id\":\"A4\",\"title\":\"Four\",\"relations\":{\"updates\":[\"not an id\"]}}"));

        assertThat(readAll(new JsonLinesReader(file)))
                .map(Object::toString)
                .containsExactly(
                        "relations.jsonl:1: relations.replaces: is not a kind of relation (updates, supersedes,"
                                + " responds_to, follows_up, part_of)",
                        "relations.jsonl:2: relations: must be an object of arrays of ids, such as {\"supersedes\":"
                                + " [\"…\"]}",
                        "relations.jsonl:3: relations.updates: must be an array of strings",
                        "relations.jsonl:4: relations.updates: 'not an id' is not an id");
    }

    @Test
    void reportsTheLineAndFieldOfEachBadRecordAndReadsTheOthers() throws Exception {
        Path file = tmp.resolve("in.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"id\":\"A1\",\"title\":\"One\"}",
                        "",
                        "{\"id\":\"A2\",\"title\":\"Two\"",
                        "{\"id\":\"A3\",\"title\":\"Three\",\"date\":\"2021-02-30\"}",
                        "{\"id\":\"A4\",\"title\":\"Four\",\"colour\":\"red\"}",
                        "{\"title\":\"Five\"}",
                        "{\"id\":\"A6\",\"title\":\"Six\",\"authors\":[{\"credentials\":\"Ph.D.\"}]}",
                        "{\"id\":\"A7\",\"title\":\"Seven\"}"));

        List<Parsed> parsed = readAll(new JsonLinesReader(file));

        assertThat(parsed).hasSize(7);
        assertThat(parsed.get(0)).isInstanceOf(ImportUnit.class);
        assertThat(parsed.get(1).toString()).startsWith("in.jsonl:3: is not valid JSON: ");
        assertThat(parsed.get(2))
                .hasToString("in.jsonl:4: date: '2021-02-30' is not a valid date: Invalid date 'FEBRUARY 30'");
        assertThat(parsed.get(3)).hasToString("in.jsonl:5: colour: is not a field of a Dossier record");
        assertThat(parsed.get(4))
                .hasToString(
                        "in.jsonl:6: id: a record needs an id or a source_ids entry, or importing it again would duplicate it");
        assertThat(parsed.get(5)).hasToString("in.jsonl:7: authors[0].name: is required");
        assertThat(parsed.get(6)).isInstanceOf(ImportUnit.class);
    }
}
