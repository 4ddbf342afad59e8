package org.dossier.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.SharedData;
import org.dossier.catalog.Incoming;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTextReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheSeedBriefWithItsThreeRelatedCardsInPageOrder() throws IOException {
        List<Parsed> parsed = read(SharedData.seedPage(), PageFacts.NONE);

        assertThat(parsed).hasSize(1);
        ImportUnit unit = (ImportUnit) parsed.get(0);
        assertThat(unit.publications()).hasSize(4);
        Incoming brief = unit.publications().get(3);
        Publication p = brief.publication();
        assertThat(p.lede())
                .startsWith("The international focus on counterterrorism in Mali")
                .endsWith("in order to promote long-term stability.");
        assertThat(p.type()).isEqualTo("Peace Brief");
        assertThat(p.authors()).extracting(a -> a.person().name()).containsExactly("Hannah Armstrong");
        assertThat(p.summary()).hasSize(3);
        assertThat(p.summary().get(0)).startsWith("The international focus on counterterrorism and regime change");
        assertThat(p.about())
                .startsWith("Hannah Armstrong researches politics and security")
                .endsWith("a French-led military intervention.");
        assertThat(p.disclaimer())
                .isEqualTo("The views expressed in this brief do not necessarily express the views"
                        + " of the U.S. Institute of Peace, which does not take policy positions.");
        assertThat(p.authors().get(0).person().bio()).isEqualTo(p.about());
        assertThat(p.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(p.title())
                .isEqualTo("Untitled Peace Brief by Hannah Armstrong (from usip-peace-brief-mali-2013.txt)");
        assertThat(unit.notes())
                .anySatisfy(n ->
                        assertThat(n).contains("no title, date or URL given").contains("needs-review"));

        List<Publication> cards = unit.publications().subList(0, 3).stream()
                .map(Incoming::publication)
                .toList();
        assertThat(cards)
                .extracting(Publication::title)
                .containsExactly(
                        "After Two Coups, Mali Needs Regional Support to Bolster Democracy",
                        "New Evidence: To Build Peace, Include Women from the Start",
                        "How International Security Support Contributed to Mali’s Coup");
        assertThat(cards)
                .extracting(c -> c.date().toString())
                .containsExactly("2021-12-09", "2021-03-11", "2020-09-21");
        assertThat(cards).extracting(Publication::type).containsOnly("Analysis and Commentary");
        assertThat(cards.get(0).authors())
                .extracting(Authorship::person)
                .containsExactly(
                        new Person(null, "Ena Dion", null, null, null),
                        new Person(null, "Joseph Sany", "Ph.D.", null, null));
        assertThat(cards.get(1).authors())
                .extracting(a -> a.person().name())
                .containsExactly("Veronique Dudouet", "Andreas Schädel");
        assertThat(cards.get(0).topics()).containsExactly("Civilian-Military Relations", "Democracy & Governance");
        assertThat(cards.get(1).topics()).containsExactly("Gender", "Peace Processes");
        assertThat(cards.get(2).topics()).containsExactly("Justice, Security & Rule of Law");
        assertThat(cards.get(0).lede())
                .startsWith("Amid a 15-year global democratic recession")
                .endsWith("short-term counterterrorism gains.");
        assertThat(unit.publications().subList(0, 3)).allMatch(Incoming::partial);
        assertThat(brief.relatedSourceIds())
                .containsExactlyElementsOf(
                        cards.stream().map(c -> c.sourceIds().get(0)).toList());
    }

    @Test
    void takesTitleDateAndUrlFromTheFactsAndKeepsTheInstitutesSlug() throws IOException {
        PageFacts facts = new PageFacts(
                "Crisis in Mali: Root Causes and Long-Term Solutions",
                PublicationDate.parse("2013-05"),
                "https://www.usip.org/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions",
                null,
                List.of(),
                List.of("MLI"),
                null,
                null,
                null,
                null);

        Incoming brief = last((ImportUnit) read(SharedData.seedPage(), facts).get(0));

        assertThat(brief.publication().status()).isEqualTo(Status.PUBLISHED);
        assertThat(brief.publication().path())
                .isEqualTo("/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions");
        assertThat(brief.publication().sourceIds())
                .first()
                .isEqualTo("https://www.usip.org/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions");
        assertThat(brief.fallbackSourceIds()).containsExactly("page-text:usip-peace-brief-mali-2013.txt");
    }

    @Test
    void splitsRunTogetherTagsAndKeepsAnUnknownTagWholeWithANote() throws Exception {
        ImportUnit unit = (ImportUnit)
                read(fixture("page-with-cards.txt"), PageFacts.NONE).get(0);

        Publication first = unit.publications().get(0).publication();
        assertThat(first.topics())
                .containsExactly("Economics & Environment", "Fragility & Resilience", "Livestock Corridors");
        assertThat(unit.notes())
                .anySatisfy(
                        n -> assertThat(n)
                                .isEqualTo(
                                        "line 28: tags: \"Livestock Corridors\" is not a known topic; kept whole as a new topic"));
        assertThat(unit.publications().get(1).publication().topics())
                .containsExactly("Justice, Security & Rule of Law", "Peace Processes");
    }

    @Test
    void readsCredentialsAfterNoBreakSpacesAndCardsWithoutAByLine() throws Exception {
        ImportUnit unit = (ImportUnit)
                read(fixture("page-with-cards.txt"), PageFacts.NONE).get(0);

        assertThat(unit.publications().get(0).publication().authors())
                .extracting(Authorship::person)
                .containsExactly(
                        Person.named("Ena Dion"), new Person(null, "Marie-Claire Ouédraogo", "Ph.D.", null, null));
        Publication second = unit.publications().get(1).publication();
        assertThat(second.authors()).isEmpty();
        assertThat(second.type()).isNull();
        assertThat(second.lede())
                .isEqualTo("Peace committees have multiplied across the region; a look at which ones last.");
    }

    @Test
    void joinsABulletThatWrapsOntoTheNextLine() throws Exception {
        Publication page = last((ImportUnit)
                        read(fixture("page-with-cards.txt"), PageFacts.NONE).get(0))
                .publication();

        assertThat(page.summary())
                .containsExactly(
                        "Competition over shrinking pastures has made seasonal migration routes a flashpoint.",
                        "Customary mediators settle most disputes, but their authority is weakened when armed groups take sides.",
                        "Donors should fund local peace committees over several years, not one season.");
        assertThat(page.type()).isEqualTo("Special Report");
        assertThat(page.authors()).extracting(a -> a.person().name()).containsExactly("Amadou Keïta");
        assertThat(page.disclaimer()).startsWith("The views expressed in this report are those of the author alone");
        assertThat(page.about())
                .isEqualTo("Amadou Keïta studies land and conflict in the Sahel at a university in Bamako."
                        + " He has written on pastoralism since 2009.");
    }

    @Test
    void reportsACardWithAnImpossibleDateAndKeepsTheRestOfThePage() throws Exception {
        Path page = tmp.resolve("bad-date.txt");
        Files.writeString(
                page,
                Files.readString(fixture("page-with-cards.txt"))
                        .replace("Friday, June 12, 2020", "Friday, June 31, 2020"));

        List<Parsed> parsed = read(page, PageFacts.NONE);

        assertThat(parsed.get(0))
                .hasToString(
                        "bad-date.txt:32: date: \"Friday, June 31, 2020\" is not a date like \"Thursday, December 9, 2021\"");
        ImportUnit unit = (ImportUnit) parsed.get(1);
        assertThat(unit.publications())
                .extracting(i -> i.publication().title())
                .containsExactly(
                        "Herders, Farmers and the State in Central Mali",
                        "Untitled Special Report by Amadou Keïta (from bad-date.txt)");
    }

    @Test
    void saysAnEmptyPageHasNoText() throws Exception {
        Path page = tmp.resolve("empty.txt");
        Files.writeString(page, "\n \u00a0\n");

        assertThat(read(page, PageFacts.NONE))
                .singleElement()
                .isInstanceOf(RecordError.class)
                .hasToString("empty.txt:1: the page has no text");
    }

    @Test
    void saysAFileThatIsNotUtf8IsNotText() throws Exception {
        Path page = tmp.resolve("latin1.txt");
        Files.write(page, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});

        assertThat(read(page, PageFacts.NONE))
                .singleElement()
                .hasToString("latin1.txt:1: is not UTF-8 text: the page was not imported");
    }

    private static Incoming last(ImportUnit unit) {
        return unit.publications().get(unit.publications().size() - 1);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PageTextReaderTest.class.getResource("/fixtures/" + name).toURI());
    }

    private static List<Parsed> read(Path file, PageFacts facts) throws IOException {
        List<Parsed> out = new ArrayList<>();
        try (PageTextReader reader = new PageTextReader(file, facts, PageTextReader.defaultVocabulary())) {
            for (Parsed p = reader.next(); p != null; p = reader.next()) {
                out.add(p);
            }
        }
        return out;
    }
}
