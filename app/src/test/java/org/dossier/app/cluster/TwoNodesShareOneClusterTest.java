package org.dossier.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.SharedData;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.DossierApplication;
import org.dossier.app.account.AccountManager;
import org.dossier.app.search.IndexVerifier;
import org.dossier.app.search.Reindexer;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Outbox;
import org.dossier.catalog.WriteResult;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.solr.SolrSearchIndex;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL 15 and one SolrCloud cluster (2 Solr nodes, a collection of 2
 * shards × 2 replicas): what is imported or published through one is found and shown through the other, with
 * the embedded index's totals and counts, and an editor signed in on one is signed in on the other.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesShareOneClusterTest {
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern CREATED = Pattern.compile("/edit/([A-Za-z0-9]+)");
    /** How long a node holds the changes it took: short here, so that a dead node's are taken over soon. */
    private static final Duration HOLD = Duration.ofSeconds(5);

    EmbeddedPostgres postgres;
    Path postgresData;
    int postgresPort;
    LocalSolrCloudProcess solr;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodesOnOneCluster(@TempDir Path folder) throws Exception {
        solr = LocalSolrCloudProcess.start(folder.resolve("solr"), 2);
        postgresData = Files.createDirectories(folder.resolve("postgres"));
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            postgresPort = free.getLocalPort();
        }
        postgres = startPostgres();
        a = node(folder.resolve("a"));
        b = node(folder.resolve("b"));
    }

    /** The same server on the same data and port each time, so that it can be restarted under the nodes. */
    private EmbeddedPostgres startPostgres() throws java.io.IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(postgresData)
                .setCleanDataDirectory(false)
                .setPort(postgresPort)
                .start();
    }

    private ConfigurableApplicationContext node(Path data) throws Exception {
        Files.createDirectories(data);
        return new SpringApplicationBuilder(DossierApplication.class)
                .run(settings(data).toArray(String[]::new));
    }

    /** A node's settings: its own data folder and any port, the shared PostgreSQL and SolrCloud. */
    private List<String> settings(Path data) {
        return List.of(
                "--server.port=0",
                "--dossier.data=" + data,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--dossier.search.engine=solr",
                "--dossier.search.solr.urls=" + String.join(",", solr.urls()),
                "--dossier.search.solr.collection=cluster_test",
                "--dossier.search.solr.shards=2",
                "--dossier.search.solr.replicas=2",
                "--dossier.indexer.claim-hold=PT" + HOLD.toSeconds() + "S");
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {b, a, postgres, solr}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void paxImportedThroughOneNodeIsFoundThroughTheOtherWithTheEmbeddedIndexsCounts(@TempDir Path folder)
            throws Exception {
        Gazetteer gazetteer = a.getBean(Gazetteer.class);
        try (RecordReader pax = new PaxReader(SharedData.file("data/pax_public.csv"), gazetteer)) {
            a.getBean(Importer.class).run(pax, false, ImportListener.SILENT);
        }
        long published = a.getBean(Catalog.class).countVisible(Instant.now());
        await().atMost(Duration.ofMinutes(2))
                .until(() -> total(SignedIn.anonymous(port(b)).get("/api/publications?q=")) == published);
        assertThat(b.getBean(IndexVerifier.class).compare().none())
                .as("dossier verify finds no drift")
                .isTrue();

        try (SearchIndex embedded = new LuceneSearchIndex(folder, gazetteer)) {
            List<Publication> visible = new ArrayList<>();
            b.getBean(Catalog.class).forEach(p -> {
                if (p.visibleAt(Instant.now())) {
                    visible.add(p);
                }
            });
            embedded.index(visible);
            embedded.refresh();
            SearchIndex shared = b.getBean(SearchIndex.class);
            assertThat(shared).isInstanceOf(SolrSearchIndex.class);
            for (SearchQuery q : List.of(
                    SearchQuery.of(""),
                    SearchQuery.of("ceasefire"),
                    SearchQuery.of("women OR gender"),
                    SearchQuery.of("").withFilter(Facet.REGION, "africa"))) {
                SearchResult expected = embedded.search(q);
                SearchResult actual = shared.search(q);
                assertThat(actual.total()).as(q.text()).isEqualTo(expected.total());
                for (Facet f : EnumSet.of(Facet.TYPE, Facet.COUNTRY, Facet.REGION, Facet.YEAR, Facet.TOPIC)) {
                    assertThat(actual.facets().get(f))
                            .as(q.text() + " " + f)
                            .isEqualTo(expected.facets().get(f));
                }
                assertThat(total(SignedIn.anonymous(port(b))
                                .get("/api/publications?q=" + q.text().replace(" ", "+")
                                        + q.filters().entrySet().stream()
                                                .map(e -> "&" + e.getKey().key() + "="
                                                        + e.getValue()
                                                                .iterator()
                                                                .next())
                                                .reduce("", String::concat))))
                        .as("node b's API, " + q.text())
                        .isEqualTo(expected.total());
            }
        }
    }

    @Test
    void aBriefPublishedOnOneNodeShowsOnTheOthersPageFeedSearchAndOaiWithinTwoSeconds() throws Exception {
        a.getBean(AccountManager.class)
                .add(new NewAccount("cluster-editor", null, Role.EDITOR, "a long enough passphrase"), "test");
        SignedIn onB = SignedIn.as(port(b), "cluster-editor", "a long enough passphrase");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Pastoralists and the Two-Node Cluster");
        form.put("type", "Peace Brief");
        form.put("date", "2026-11-02");
        form.put("authors", "Nadia Okafor");
        form.put("summary", "Grazing corridors are shared.");
        form.put("body", "Transhumance across the border needs agreements.");
        form.put("places", "Niger");
        form.put("language", "en");
        String id = created(onB.postForm("/edit/new", form, true));
        form.put("action", "publish");
        assertThat(onB.postForm("/edit/" + id, form, true).statusCode()).isEqualTo(302);
        Instant published = Instant.now();

        Publication p = a.getBean(Catalog.class).find(id).orElseThrow();
        List<String> views = List.of(
                p.path(),
                "/feeds/atom",
                "/api/publications?q=transhumance",
                "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id);
        ExecutorService readers = Executors.newFixedThreadPool(views.size());
        Map<String, Future<Duration>> shown = new LinkedHashMap<>();
        for (String view : views) {
            shown.put(view, readers.submit(() -> {
                SignedIn readerOnA = SignedIn.anonymous(port(a));
                while (!readerOnA.get(view).body().contains("Pastoralists and the Two-Node")) {
                    Thread.sleep(20);
                }
                return Duration.between(published, Instant.now());
            }));
        }
        for (Map.Entry<String, Future<Duration>> view : shown.entrySet()) {
            assertThat(view.getValue().get(10, TimeUnit.SECONDS))
                    .as("node a shows it at " + view.getKey())
                    .isLessThan(Duration.ofSeconds(2));
        }
        readers.shutdown();
        assertThat(onB.at(port(a)).get("/edit/" + id).statusCode())
                .as("the editor's session, made on node b, works on node a")
                .isEqualTo(200);
    }

    @Test
    void theNodesReconnectByThemselvesWhenPostgresRestarts() throws Exception {
        postgres.close();
        postgres = startPostgres();

        String after = await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> write(b, "Written after the database restarted", 1).get(0), id -> id != null);
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> SignedIn.anonymous(port(node))
                            .get("/api/publications?q=%22written+after+the+database+restarted%22")
                            .body()
                            .contains(after));
        }
    }

    @Test
    void settingsAndFailedSignInsMadeOnOneNodeHoldOnTheOther() throws Exception {
        a.getBean(AccountManager.class)
                .add(new NewAccount("cluster-admin", null, Role.ADMIN, "a long enough passphrase"), "test");
        a.getBean(AccountManager.class)
                .add(new NewAccount("guessed-on-a", null, Role.EDITOR, "a long enough passphrase"), "test");
        SignedIn adminOnA = SignedIn.as(port(a), "cluster-admin", "a long enough passphrase");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", "Sahel Observatory");
        settings.put("publisher", "");
        settings.put("adminEmail", "");
        settings.put("disclaimer", "");
        assertThat(adminOnA.postForm("/admin/settings", settings, true).statusCode())
                .isEqualTo(302);
        for (int i = 0; i < 3; i++) {
            SignedIn.anonymous(port(a))
                    .postForm("/login", Map.of("username", "guessed-on-a", "password", "guess " + i), true);
        }

        assertThat(SignedIn.anonymous(port(b)).get("/").body())
                .as("the site's name, set on node a, on node b's home page")
                .contains("Sahel Observatory");
        assertThat(adminOnA.at(port(b)).get("/admin/sign-ins").body())
                .as("failed sign-ins on node a, counted on node b")
                .containsPattern("<td>guessed-on-a</td><td>[^<]+</td><td>3</td>");
    }

    @Test
    void readsKeepSucceedingWhileASolrNodeIsDownAndWhatWasWrittenMeanwhileIsFoundAfter() throws Exception {
        write(b, "Before the outage", 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> a.getBean(IndexVerifier.class).compare().none());
        ReadLoad load =
                ReadLoad.on(List.of(port(a), port(b)), "/api/publications?q=outage", r -> r.statusCode() == 200);
        int whileDown;
        try (load) {
            Thread.sleep(1000);
            solr.stop(1);
            int stopped = load.reads();
            String during = write(b, "Written during the outage", 1).get(0);
            Thread.sleep(5000);
            whileDown = load.reads() - stopped;
            solr.start(1);
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> SignedIn.anonymous(port(a))
                            .get("/api/publications?q=%22written+during+the+outage%22")
                            .body()
                            .contains(during));
        }

        assertThat(load.failures()).as("failed reads of %d", load.reads()).isEmpty();
        assertThat(whileDown).as("reads while the Solr node was down").isGreaterThan(50);
        assertThat(a.getBean(IndexVerifier.class).compare().none())
                .as("dossier verify finds no drift")
                .isTrue();
    }

    @Test
    void theIndexIsRebuiltWhileTheClusterServesAndKeepsWhatWasWrittenMeanwhile() throws Exception {
        write(a, "Before the rebuild", 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> total(SignedIn.anonymous(port(b)).get("/api/publications?q=rebuild")) >= 200);
        ReadLoad load = ReadLoad.on(
                List.of(port(b)), "/api/publications?q=rebuild", r -> r.statusCode() == 200 && total(r) >= 200);
        ExecutorService work = Executors.newSingleThreadExecutor();
        try (load) {
            Future<Long> rebuilt = work.submit(() -> a.getBean(Reindexer.class).rebuild());
            String during = write(b, "Written during the rebuild", 1).get(0);
            rebuilt.get(3, TimeUnit.MINUTES);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> SignedIn.anonymous(port(a))
                            .get("/api/publications?q=%22written+during+the+rebuild%22")
                            .body()
                            .contains(during));
        } finally {
            work.shutdown();
        }

        assertThat(load.failures())
                .as("failed or partial reads of %d", load.reads())
                .isEmpty();
        assertThat(a.getBean(IndexVerifier.class).compare().none()).isTrue();
    }

    @Test
    void aNodeKilledWhileDrainingAnImportLeavesNothingUndone(@TempDir Path folder) throws Exception {
        Process c = nodeProcess(folder.resolve("c"));
        try {
            Path log = folder.resolve("c").resolve("node.log");
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> !c.isAlive() || Files.readString(log).contains("Dossier is serving at"));
            assertThat(c.isAlive()).as("node c started (see %s)", log).isTrue();
            List<String> ids = new ArrayList<>();
            for (int chunk = 0; chunk < 10; chunk++) {
                ids.addAll(write(a, "Imported record " + chunk, 1000));
            }
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> claimsOf(c) > 0);
            long held = claimsOf(c);
            c.destroyForcibly().waitFor();

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> a.getBean(Outbox.class).pendingCount() == 0);
            IndexVerifier.Drift drift = b.getBean(IndexVerifier.class).compare();
            assertThat(held).as("changes the killed node held").isPositive();
            assertThat(drift.missing()).isEmpty();
            assertThat(drift.extra()).isEmpty();
            assertThat(drift.stale()).isEmpty();
            assertThat(b.getBean(SearchIndex.class).fingerprints().keySet()).containsAll(ids);
        } finally {
            c.destroyForcibly();
        }
    }

    /** A third app node, in a process of its own (so that it can be killed), on the same store and index. */
    private Process nodeProcess(Path data) throws Exception {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.dossier.app.cli.Dossier",
                "--data",
                data.toString(),
                "serve"));
        command.addAll(settings(data));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("node.log").toFile())
                .start();
    }

    /** How many changes the node in this process has taken and not applied. */
    private long claimsOf(Process node) {
        return a.getBean(DSLContext.class)
                .fetchCount(
                        DSL.table("outbox"),
                        DSL.field("processed_at")
                                .isNull()
                                .and(DSL.field("claimed_by", String.class).like(node.pid() + "@%")));
    }

    /** Publishes {@code n} publications through a node's store, in one unit each; returns their ids. */
    private static List<String> write(ConfigurableApplicationContext node, String title, int n) {
        List<List<Incoming>> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(List.of(Incoming.whole(Publication.builder()
                    .title(title + " " + i)
                    .status(Status.PUBLISHED)
                    .body("A record about the outage and its " + i + " consequences.")
                    .sourceId("cluster-test:" + title.replace(' ', '-') + "-" + i)
                    .build())));
        }
        List<String> ids = new ArrayList<>();
        for (WriteResult r : node.getBean(Catalog.class).write(units)) {
            ids.add(((WriteResult.Written) r).changes().get(0).publicationId());
        }
        return ids;
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = CREATED.matcher(r.headers().firstValue("Location").orElse(""));
        if (r.statusCode() != 302 || !m.find()) {
            throw new AssertionError("not created: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static long total(HttpResponse<String> r) {
        Matcher m = TOTAL.matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
