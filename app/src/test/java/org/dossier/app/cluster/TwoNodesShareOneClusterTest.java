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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.SharedData;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.DossierApplication;
import org.dossier.app.account.AccountManager;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.solr.SolrSearchIndex;
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

    EmbeddedPostgres postgres;
    LocalSolrCloudProcess solr;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodesOnOneCluster(@TempDir Path folder) throws Exception {
        solr = LocalSolrCloudProcess.start(folder.resolve("solr"), 2);
        postgres = EmbeddedPostgres.builder().start();
        a = node(folder.resolve("a"));
        b = node(folder.resolve("b"));
    }

    private ConfigurableApplicationContext node(Path data) throws Exception {
        Files.createDirectories(data);
        return new SpringApplicationBuilder(DossierApplication.class)
                .run(
                        "--server.port=0",
                        "--dossier.data=" + data,
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--dossier.search.engine=solr",
                        "--dossier.search.solr.urls=" + String.join(",", solr.urls()),
                        "--dossier.search.solr.collection=cluster_test",
                        "--dossier.search.solr.shards=2",
                        "--dossier.search.solr.replicas=2");
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

        SignedIn readerOnA = SignedIn.anonymous(port(a));
        Publication p = a.getBean(Catalog.class).find(id).orElseThrow();
        for (String path : List.of(
                p.path(),
                "/feeds/atom",
                "/api/publications?q=transhumance",
                "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id)) {
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> readerOnA.get(path).body(), body -> body.contains("Pastoralists and the Two-Node"));
        }
        assertThat(Duration.between(published, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(onB.at(port(a)).get("/edit/" + id).statusCode())
                .as("the editor's session, made on node b, works on node a")
                .isEqualTo(200);
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
