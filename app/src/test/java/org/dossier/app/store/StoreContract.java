package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.store.schema.Tables.OUTBOX;
import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.dossier.account.Accounts;
import org.dossier.account.BackOff;
import org.dossier.account.SignInFailures;
import org.dossier.alert.Subscriptions;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.ChangeLog;
import org.dossier.catalog.ChangeLog.Change;
import org.dossier.catalog.ChangeLog.ChangeFilter;
import org.dossier.catalog.ChangeLog.Membership;
import org.dossier.catalog.ChangeLog.Membership.Kind;
import org.dossier.catalog.ChangeLog.Position;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Outbox;
import org.dossier.catalog.Vocabulary;
import org.dossier.catalog.WriteResult;
import org.dossier.cluster.ClusterJobs;
import org.dossier.editorial.Editorial;
import org.dossier.enrich.Suggestions;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportReport;
import org.dossier.ingest.Importer;
import org.dossier.ingest.ReaderSupport;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.jsonl.JsonLinesCodec;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.dossier.readinglist.ReadingLists;
import org.dossier.search.IndexLease;
import org.dossier.site.SettingsStore;
import org.dossier.site.SiteLogo;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every store must do, run against SQLite and against PostgreSQL 15: the catalogue here, each other
 * adapter in its own contract.
 */
abstract class StoreContract
        implements VocabularyContract,
                AccountsContract,
                EditorialContract,
                SettingsContract,
                OutboxContract,
                AttachmentsContract,
                IndexLeaseContract,
                ClusterJobsContract,
                RelationsContract,
                SeriesContract,
                ReadingListsContract,
                AlertsContract,
                SuggestionsContract {
    private static final String MALI_URL = "https://peace.example.org/publications/2013/05/malis-unfinished-bargain";

    @Autowired
    Catalog catalog;

    @Autowired
    Importer importer;

    @Autowired
    DSLContext db;

    @Autowired
    Vocabulary vocabulary;

    @Autowired
    Accounts accounts;

    @Autowired
    Editorial editorial;

    @Autowired
    SettingsStore settings;

    @Autowired
    IndexLease lease;

    @Autowired
    Outbox outbox;

    @Autowired
    ClusterJobs clusterJobs;

    @Autowired
    Attachments attachments;

    @Autowired
    ReadingLists readingLists;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SiteLogo logo;

    @Autowired
    Suggestions suggestions;

    @Autowired
    ChangeLog changes;

    @Autowired
    PlaceStore places;

    @Autowired
    SignInFailures signInFailures;

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyTheStore() {
        for (String table : List.of(
                "reading_list_item",
                "reading_list_version",
                "reading_list",
                "attachment",
                "revision",
                "editorial",
                "audit_event",
                "account",
                "site_setting",
                "index_lease",
                "cluster_job",
                "sign_in_failure",
                "tombstone_membership",
                "tombstone",
                "outbox",
                "related_link",
                "publication_relation",
                "publication_attribute",
                "publication_place",
                "publication_topic",
                "authorship",
                "summary_point",
                "publication_source",
                "publication",
                "person",
                "topic",
                "collection",
                "publication_type")) {
            db.deleteFrom(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)))
                    .execute();
        }
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public Editorial editorial() {
        return editorial;
    }

    @Override
    public SettingsStore settings() {
        return settings;
    }

    @Override
    public IndexLease lease() {
        return lease;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public ClusterJobs clusterJobs() {
        return clusterJobs;
    }

    @Override
    public Attachments attachments() {
        return attachments;
    }

    @Override
    public ReadingLists readingLists() {
        return readingLists;
    }

    @Override
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    public SiteLogo logo() {
        return logo;
    }

    @Override
    public Suggestions suggestions() {
        return suggestions;
    }

    @Test
    void importsTheSeedBriefWithItsThreeCardsAsCuratedRelatedInPageOrder() throws IOException {
        ImportReport report = importSeed(PageFacts.NONE);

        assertThat(report.created()).isEqualTo(4);
        Publication brief = onlyWithType("Peace Brief");
        assertThat(brief.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(brief.authors()).extracting(a -> a.person().name()).containsExactly("Nadia Okafor");
        assertThat(brief.summary()).hasSize(3);
        assertThat(brief.disclaimer()).startsWith("The views expressed in this brief");
        List<Publication> related = brief.related().stream()
                .map(id -> catalog.find(id).orElseThrow())
                .toList();
        assertThat(related)
                .extracting(Publication::title)
                .containsExactly(
                        "Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule",
                        "Counting Women at the Table: What Ten Peace Talks Show",
                        "When Training Armies Backfires: Foreign Security Aid in Mali");
        assertThat(related.get(0).authors())
                .extracting(Authorship::person)
                .extracting(Person::name, Person::credentials)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lena Achterberg", null),
                        org.assertj.core.groups.Tuple.tuple("Samuel Oduya", "Ph.D."));
        assertThat(related.get(0).topics()).containsExactly("Civilian-Military Relations", "Democracy & Governance");
        assertThat(related.get(0).date()).isEqualTo(PublicationDate.parse("2021-12-09"));
    }

    @Test
    void keepsOnePersonAcrossThePublicationsTheyAppearOn() throws IOException {
        importSeed(PageFacts.NONE);

        assertThat(db.fetchCount(PERSON, PERSON.NAME.eq("Lena Achterberg"))).isEqualTo(1);
        String first = personIdOn("Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule", 0);
        String second = personIdOn("When Training Armies Backfires: Foreign Security Aid in Mali", 0);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void keepsWhatTheLastMentionOfAPersonSaysWhenABatchOfNewPublicationsNamesThemAgain() {
        String id = "person:otieno|kenya";
        catalog.write(List.of(
                written("First statement", new Person(id, "Mr. OTIENO", null, null, "Kenya")),
                written("Second statement", new Person(id, "Mr. Otieno", "Ambassador", null, "Kenya"))));

        assertThat(catalog.people(List.of(id)).get(id))
                .isEqualTo(new Person(id, "Mr. Otieno", "Ambassador", null, "Kenya"));
        assertThat(db.fetchCount(PERSON)).isEqualTo(1);

        catalog.write(
                List.of(written("Third statement", new Person(id, "Mr. Otieno", "Foreign Minister", null, "Kenya"))));

        assertThat(catalog.people(List.of(id)).get(id).credentials()).isEqualTo("Foreign Minister");
        assertThat(catalog.list(0, 10))
                .hasSize(3)
                .allSatisfy(p ->
                        assertThat(p.authors()).extracting(a -> a.person().id()).containsExactly(id));
    }

    @Test
    void movesAPersonToTheAffiliationTheirIdIsGivenWithAndKeepsBothPublicationsOnThem() {
        String id = "person:mensah";
        catalog.write(List.of(
                written("Before the move", new Person(id, "Ama Mensah", null, null, "Ghana")),
                written("After the move", new Person(id, "Ama Mensah", null, null, "African Union"))));

        assertThat(catalog.people(List.of(id)).get(id).affiliation()).isEqualTo("African Union");
        assertThat(db.fetchCount(PERSON)).isEqualTo(1);
        assertThat(catalog.list(0, 10)).hasSize(2);
    }

    @Test
    void readsMorePublicationsAtOnceThanOneQueryHoldsInTheOrderAskedAndNoneForNoIds() {
        List<List<Incoming>> units = new ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            units.add(written("Field note " + i, new Person(null, "Grace Odhiambo", null, null, "Kenya")));
        }
        catalog.write(units);
        List<String> ids = new ArrayList<>(
                catalog.list(0, 2000).stream().map(Publication::id).toList());
        java.util.Collections.reverse(ids);

        assertThat(catalog.findAll(ids)).extracting(Publication::id).containsExactlyElementsOf(ids);
        assertThat(catalog.findAll(ids).get(1299).authors())
                .extracting(a -> a.person().name())
                .containsExactly("Grace Odhiambo");
        assertThat(catalog.findAll(List.of())).isEmpty();
    }

    private static List<Incoming> written(String title, Person author) {
        return List.of(Incoming.whole(Publication.builder()
                .title(title)
                .sourceId("t:" + title)
                .authors(List.of(new Authorship(author, null)))
                .build()));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        importSeed(PageFacts.NONE);
        long outboxBefore = db.fetchCount(OUTBOX);

        ImportReport again = importSeed(PageFacts.NONE);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(catalog.count()).isEqualTo(4);
        assertThat(db.fetchCount(OUTBOX)).isEqualTo(outboxBefore);
    }

    @Test
    void adoptsTheProvisionalBriefWhenItsTitleDateAndUrlArrive() throws IOException {
        importSeed(PageFacts.NONE);

        ImportReport withFacts = importSeed(new PageFacts(
                "Mali’s Unfinished Bargain: Decentralisation and the North",
                PublicationDate.parse("2013-05"),
                MALI_URL,
                null,
                List.of(),
                List.of("MLI"),
                null,
                null,
                null,
                null));

        assertThat(withFacts.updated()).isEqualTo(1);
        assertThat(catalog.count()).isEqualTo(4);
        Publication brief = onlyWithType("Peace Brief");
        assertThat(brief.title()).isEqualTo("Mali’s Unfinished Bargain: Decentralisation and the North");
        assertThat(brief.status()).isEqualTo(Status.PUBLISHED);
        assertThat(brief.path()).isEqualTo("/publications/2013/05/malis-unfinished-bargain");
        assertThat(brief.places()).containsExactly("MLI");
        assertThat(brief.sourceIds())
                .contains(MALI_URL)
                .doesNotContain("page-text:peace-brief-mali-decentralisation.txt");
    }

    @Test
    void writesAnOutboxEntryWithEveryChangeOfAPublication() throws IOException {
        importSeed(PageFacts.NONE);

        assertThat(db.selectDistinct(OUTBOX.PUBLICATION_ID).from(OUTBOX).fetch(OUTBOX.PUBLICATION_ID))
                .containsExactlyInAnyOrderElementsOf(
                        db.select(PUBLICATION.ID).from(PUBLICATION).fetch(PUBLICATION.ID));
        assertThat(db.fetchCount(OUTBOX, OUTBOX.PROCESSED_AT.isNull())).isEqualTo(4);
    }

    @Test
    void rollsBackAFailedUnitWholeWithItsOutboxEntryAndWritesTheOthers() {
        Publication good =
                Publication.builder().title("Good").sourceId("t:good").build();
        Publication card =
                Publication.builder().title("Card").sourceId("t:card").build();
        Publication bad = Publication.builder()
                .title("Bad")
                .places(List.of("ATLANTIS"))
                .sourceId("t:bad")
                .build();

        List<WriteResult> results = catalog.write(
                List.of(List.of(Incoming.whole(good)), List.of(Incoming.partial(card), Incoming.whole(bad))));

        assertThat(results.get(0)).isInstanceOf(WriteResult.Written.class);
        assertThat(results.get(1)).isEqualTo(new WriteResult.Failed("places", "'ATLANTIS' is not a known place code"));
        assertThat(db.select(PUBLICATION.TITLE).from(PUBLICATION).fetch(PUBLICATION.TITLE))
                .containsExactly("Good");
        assertThat(db.fetchCount(OUTBOX)).isEqualTo(1);
    }

    @Test
    void writesARecordThatAppearsTwiceInOneBatchOnce() {
        List<WriteResult> results = catalog.write(List.of(
                List.of(Incoming.whole(Publication.builder()
                        .title("First version")
                        .sourceId("t:twice")
                        .build())),
                List.of(Incoming.whole(Publication.builder()
                        .title("Second version")
                        .sourceId("t:twice")
                        .build()))));

        assertThat(results)
                .extracting(r -> ((WriteResult.Written) r).changes().get(0).outcome())
                .containsExactly(WriteResult.Outcome.CREATED, WriteResult.Outcome.UPDATED);
        assertThat(catalog.list(0, 10)).extracting(Publication::title).containsExactly("Second version");
    }

    @Test
    void listsNewestFirstWithUndatedLast() {
        catalog.write(List.of(
                List.of(Incoming.whole(Publication.builder()
                        .title("Old")
                        .date(PublicationDate.parse("1999"))
                        .sourceId("t:1")
                        .build())),
                List.of(Incoming.whole(
                        Publication.builder().title("Undated").sourceId("t:2").build())),
                List.of(Incoming.whole(Publication.builder()
                        .title("New")
                        .date(PublicationDate.parse("2024-03-21"))
                        .sourceId("t:3")
                        .build()))));

        assertThat(catalog.list(0, 10)).extracting(Publication::title).containsExactly("New", "Old", "Undated");
        assertThat(catalog.list(1, 1)).extracting(Publication::title).containsExactly("Old");
        assertThat(catalog.count()).isEqualTo(3);
    }

    @Test
    void givesTwoPublicationsWithTheSameTitleAndMonthDifferentPaths() {
        catalog.write(List.of(
                List.of(Incoming.whole(Publication.builder()
                        .title("Update")
                        .date(PublicationDate.parse("2024-03-01"))
                        .sourceId("t:1")
                        .build())),
                List.of(Incoming.whole(Publication.builder()
                        .title("Update")
                        .date(PublicationDate.parse("2024-03-08"))
                        .sourceId("t:2")
                        .build()))));

        assertThat(catalog.list(0, 10))
                .extracting(Publication::path)
                .containsExactly("/publications/2024/03/update-2", "/publications/2024/03/update");
    }

    @Test
    void exportsThenImportsIntoAnEmptyStoreThenExportsTheSameBytes() throws IOException {
        importSeed(PageFacts.NONE);
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .title("Statement")
                .type("Statement")
                .date(PublicationDate.parse("2012"))
                .body("Line one.\nLine two — “quoted”.")
                .places(List.of("MLI", "sahel"))
                .attribute("Session", "67")
                .author(new Authorship(new Person(null, "Jane Sample", null, null, "Mali"), "President"))
                .sourceId("t:statement")
                .build()))));
        String first = export();
        Path file = tmp.resolve("export.jsonl");
        Files.writeString(file, first);

        emptyTheStore();
        try (RecordReader reader = new JsonLinesReader(file)) {
            ImportReport report = importer.run(reader, true, ImportListener.SILENT);
            assertThat(report.created()).isEqualTo(5);
        }

        assertThat(export()).isEqualTo(first);
        assertThat(first.lines()).hasSize(5);
    }

    @Test
    void readsChangesOldestFirstFromAPositionWithDeletionsAmongThem() {
        catalog.write(IntStream.range(0, 5)
                .mapToObj(i -> List.of(Incoming.whole(Publication.builder()
                        .title("P" + i)
                        .topics(List.of(i % 2 == 0 ? "Even" : "Odd"))
                        .places(List.of("MLI"))
                        .sourceId("t:" + i)
                        .build())))
                .toList());
        String deleted = catalog.list(0, 10).stream()
                .filter(p -> p.title().equals("P2"))
                .findFirst()
                .orElseThrow()
                .id();
        catalog.delete(deleted);

        List<Change> read = new ArrayList<>();
        Position after = null;
        for (List<Change> page;
                !(page = changes.after(ChangeFilter.all(), after, 2)).isEmpty();
                after = page.get(page.size() - 1).position()) {
            assertThat(page.size()).isLessThanOrEqualTo(2);
            read.addAll(page);
        }

        assertThat(read)
                .hasSize(5)
                .extracting(Change::id)
                .doesNotHaveDuplicates()
                .endsWith(deleted);
        assertThat(read)
                .extracting(Change::position)
                .isSortedAccordingTo(Comparator.comparing(Position::at).thenComparing(Position::id));
        assertThat(read.get(4).deleted()).isTrue();
        assertThat(read.get(4).formerMemberships())
                .containsExactlyInAnyOrder(new Membership(Kind.TOPIC, "Even"), new Membership(Kind.PLACE, "MLI"));
        assertThat(changes.count(ChangeFilter.all())).isEqualTo(5);
        assertThat(changes.find(deleted)).get().extracting(Change::deleted).isEqualTo(true);
        assertThat(changes.latest()).contains(read.get(4).at());
    }

    @Test
    void letsThroughOnlyTheFreeSignInAttemptsOfTwentyFiveMadeAtOnce() throws Exception {
        BackOff threeFree = new BackOff(3, Duration.ofSeconds(1), Duration.ofMinutes(1));
        Instant now = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Duration>> waits = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String attempt = "attempt-" + i;
            waits.add(clients.submit(() -> signInFailures.claim(
                    attempt, Map.of("pair:target|203.0.113.7", threeFree), now, now.minus(Duration.ofMinutes(15)))));
        }
        int passed = 0;
        for (Future<Duration> wait : waits) {
            passed += wait.get().isZero() ? 1 : 0;
        }
        clients.shutdown();

        assertThat(passed).isEqualTo(3);
        assertThat(signInFailures
                        .tally("pair:target|203.0.113.7", now.minus(Duration.ofMinutes(15)))
                        .count())
                .isEqualTo(3);
        signInFailures.succeeded("attempt-none", "pair:target|203.0.113.7");
        assertThat(signInFailures
                        .tally("pair:target|203.0.113.7", now.minus(Duration.ofMinutes(15)))
                        .count())
                .isZero();
    }

    @Test
    void refusesATextOverItsLimitAndWritesTheOthers() {
        List<WriteResult> results = catalog.write(List.of(
                List.of(Incoming.whole(Publication.builder()
                        .title("Long topic")
                        .topics(List.of("t".repeat(201)))
                        .sourceId("t:long")
                        .build())),
                List.of(Incoming.whole(Publication.builder()
                        .title("Fine")
                        .topics(List.of("Short"))
                        .sourceId("t:fine")
                        .build()))));

        assertThat(results.get(0))
                .isEqualTo(
                        new WriteResult.Failed("topics", "a text here has at most 200 characters; this one has 201"));
        assertThat(results.get(1)).isInstanceOf(WriteResult.Written.class);
        assertThat(catalog.count()).isEqualTo(1);
    }

    @Test
    void knowsNoLatestChangeOfAStoreThatNeverHadAPublication() {
        assertThat(changes.latest()).isEmpty();
    }

    @Test
    void filtersChangesByWhatThePublicationsBelongToAndByTime() {
        catalog.write(IntStream.range(0, 4)
                .mapToObj(i -> List.of(Incoming.whole(Publication.builder()
                        .title("P" + i)
                        .type(i < 2 ? "Brief" : "Report")
                        .topics(List.of(i % 2 == 0 ? "Even" : "Odd"))
                        .sourceId("t:" + i)
                        .build())))
                .toList());
        catalog.delete(catalog.list(0, 10).stream()
                .filter(p -> p.title().equals("P0"))
                .findFirst()
                .orElseThrow()
                .id());

        ChangeFilter even = new ChangeFilter(null, null, Kind.TOPIC, Set.of("Even"));
        assertThat(changes.after(even, null, 10)).extracting(Change::deleted).containsExactly(false, true);
        assertThat(changes.count(new ChangeFilter(null, null, Kind.TYPE, Set.of("Report"))))
                .isEqualTo(2);
        assertThat(changes.count(new ChangeFilter(null, null, Kind.TYPE, Set.of("Brief"))))
                .isEqualTo(2);
        assertThat(changes.names(Kind.TOPIC)).contains("Even", "Odd");
        assertThat(changes.memberships().get(Kind.TYPE)).containsExactlyInAnyOrder("Brief", "Report");
        Instant earliest = changes.earliest().orElseThrow();
        assertThat(changes.count(new ChangeFilter(earliest, null, null, Set.of())))
                .isEqualTo(4);
        assertThat(changes.count(new ChangeFilter(null, earliest, null, Set.of())))
                .isZero();
    }

    @Test
    void forgetsADeletionWhenThePublicationIsWrittenAgain() {
        Publication p = Publication.builder()
                .id("01HZZZZZZZZZZZZZZZZZZZZZZZ")
                .title("Back again")
                .sourceId("t:back")
                .build();
        catalog.write(List.of(List.of(Incoming.whole(p))));
        catalog.delete(p.id());
        catalog.write(List.of(List.of(Incoming.whole(p))));

        assertThat(changes.find(p.id())).get().extracting(Change::deleted).isEqualTo(false);
        assertThat(changes.count(ChangeFilter.all())).isEqualTo(1);
    }

    @Test
    void keepsAPlaceWithItsRegionsAndOtherNamesAndMarksThePublicationsInItChanged() {
        Publication inMali = Publication.builder()
                .id("01HPLACE0000000000000000001")
                .title("In Mali")
                .places(List.of("MLI"))
                .sourceId("t:mali")
                .build();
        Publication inKenya = Publication.builder()
                .id("01HPLACE0000000000000000002")
                .title("In Kenya")
                .places(List.of("KEN"))
                .sourceId("t:kenya")
                .build();
        catalog.write(List.of(List.of(Incoming.whole(inMali)), List.of(Incoming.whole(inKenya))));
        Place mali = places.all().stream()
                .filter(p -> p.code().equals("MLI"))
                .findFirst()
                .orElseThrow();
        String version = places.version();

        int forNewRegion = places.save(new Place(
                "test-basin", "Test Basin", Place.Kind.REGION, List.of("west-africa"), List.of("Basin", "TB")));
        int forMali = places.save(
                new Place("MLI", "Mali", Place.Kind.COUNTRY, List.of("sahel", "test-basin"), mali.aliases()));
        int forRegionAgain = places.save(new Place(
                "test-basin", "The Test Basin", Place.Kind.REGION, List.of("west-africa"), List.of("Basin", "TB")));

        assertThat(List.of(forNewRegion, forMali, forRegionAgain)).containsExactly(0, 1, 1);
        assertThat(places.version()).isNotEqualTo(version);
        assertThat(places.all())
                .contains(
                        new Place(
                                "test-basin",
                                "The Test Basin",
                                Place.Kind.REGION,
                                List.of("west-africa"),
                                List.of("Basin", "TB")),
                        new Place("MLI", "Mali", Place.Kind.COUNTRY, List.of("sahel", "test-basin"), mali.aliases()));
        assertThat(db.fetchCount(OUTBOX, OUTBOX.PUBLICATION_ID.eq(inMali.id()))).isEqualTo(3);
        assertThat(db.fetchCount(OUTBOX, OUTBOX.PUBLICATION_ID.eq(inKenya.id())))
                .isEqualTo(1);
        assertThat(places.publicationCounts())
                .containsEntry("MLI", 1L)
                .containsEntry("KEN", 1L)
                .doesNotContainKey("test-basin");
        assertThat(places.delete("MLI")).as("a place a publication is in").isFalse();
        assertThat(places.delete("test-basin")).as("a place Mali lies in").isFalse();

        places.save(mali);
        assertThat(places.delete("test-basin")).isTrue();
        assertThat(places.all()).extracting(Place::code).doesNotContain("test-basin");
    }

    private String export() {
        JsonLinesCodec codec = new JsonLinesCodec();
        StringWriter out = new StringWriter();
        catalog.forEach(p -> out.write(codec.write(p) + "\n"));
        return out.toString();
    }

    private ImportReport importSeed(PageFacts facts) throws IOException {
        try (RecordReader reader =
                new PageTextReader(ReaderSupport.briefPage(), facts, PageTextReader.defaultVocabulary())) {
            return importer.run(reader, true, ImportListener.SILENT);
        }
    }

    private Publication onlyWithType(String type) {
        List<Publication> found =
                catalog.list(0, 100).stream().filter(p -> type.equals(p.type())).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String personIdOn(String title, int position) {
        return catalog.list(0, 100).stream()
                .filter(p -> p.title().equals(title))
                .findFirst()
                .orElseThrow()
                .authors()
                .get(position)
                .person()
                .id();
    }
}
