package org.dossier.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;

/**
 * Dossier's search API against what a CMS would do on PostgreSQL full-text search, on the same publications
 * (UNGDC paragraphs) and the same 22 queries as {@link SearchLatency}: a {@code tsvector} column (title weighted
 * over text, English stemming) with a GIN index, and per query one prepared statement that returns the top 20 by
 * {@code ts_rank_cd} with a {@code ts_headline} snippet each, the total, and the counts of type, country, year and
 * topic over the matches (plain counts: less work than Dossier's, which counts each selected facet as if it were
 * not selected, and counts eight facets). The two take turns on every query; prints each side's p50 and p99 and
 * their ratio: {@code PostgresFts DATA-FOLDER DOSSIER-BASE-URL PUBLICATIONS}.
 */
public final class PostgresFts {
    private static final int WARMUP_ROUNDS = 20;
    private static final int ROUNDS = 20;

    private PostgresFts() {}

    /** A query as PostgreSQL runs it: its words (websearch syntax), an author or country word, and its filters. */
    record PgCase(String sql, List<Object> parameters) {}

    public static void main(String[] args) throws Exception {
        Gazetteer gazetteer = Gazetteer.standard();
        String base = args[1];
        int count = Integer.parseInt(args[2]);
        List<Publication> publications = BenchCorpus.ungdcParagraphs(Path.of(args[0]), gazetteer, count);
        BlockingHttp http = new BlockingHttp(10_000);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Connection db = pg.getPostgresDatabase().getConnection()) {
            long started = System.nanoTime();
            load(db, publications, gazetteer);
            System.out.printf(
                    "PostgreSQL %s: %,d publications loaded and indexed (tsvector + GIN) in %.1f s%n",
                    db.getMetaData().getDatabaseProductVersion(),
                    publications.size(),
                    (System.nanoTime() - started) / 1e9);
            List<PreparedStatement> statements = new ArrayList<>();
            List<PgCase> cases = new ArrayList<>();
            for (SearchLatency.Case c : SearchLatency.QUERIES) {
                PgCase pgCase = pgCase(c, gazetteer);
                cases.add(pgCase);
                statements.add(db.prepareStatement(pgCase.sql()));
            }
            List<Long> dossier = new ArrayList<>();
            List<Long> postgres = new ArrayList<>();
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                for (int i = 0; i < cases.size(); i++) {
                    long t0 = System.nanoTime();
                    BlockingHttp.Answer r =
                            http.get(base + "/api/publications?size=20&" + parameters(SearchLatency.QUERIES.get(i)));
                    long t1 = System.nanoTime();
                    if (r.status() != 200) {
                        throw new IllegalStateException("Dossier answered " + r.status() + ": " + r.body());
                    }
                    int rows = run(statements.get(i), cases.get(i).parameters());
                    long t2 = System.nanoTime();
                    if (rows == 0) {
                        throw new IllegalStateException("PostgreSQL returned nothing for " + cases.get(i));
                    }
                    if (round >= WARMUP_ROUNDS) {
                        dossier.add(t1 - t0);
                        postgres.add(t2 - t1);
                    }
                }
            }
            double dp50 = PageLoad.ms(dossier, 0.5);
            double dp99 = PageLoad.ms(dossier, 0.99);
            double pp50 = PageLoad.ms(postgres, 0.5);
            double pp99 = PageLoad.ms(postgres, 0.99);
            System.out.printf(
                    "%d queries × %d rounds (after %d warm-up rounds), page of 20 with counts and snippets:%n",
                    cases.size(), ROUNDS, WARMUP_ROUNDS);
            System.out.printf("  Dossier search API (HTTP, JSON): p50 %.2f ms, p99 %.2f ms%n", dp50, dp99);
            System.out.printf("  PostgreSQL FTS (JDBC, prepared): p50 %.2f ms, p99 %.2f ms%n", pp50, pp99);
            System.out.printf("  PostgreSQL / Dossier: %.1f× at p50, %.1f× at p99%n", pp50 / dp50, pp99 / dp99);
        }
    }

    private static void load(Connection db, List<Publication> publications, Gazetteer gazetteer) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE doc (id text PRIMARY KEY, title text, body text, type text, year int,"
                    + " countries text[], regions text[], topics text[], authors text, places text, tsv tsvector)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO doc VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B'))")) {
            int n = 0;
            for (Publication p : publications) {
                Set<String> regions = new LinkedHashSet<>();
                p.places().forEach(code -> gazetteer.ancestors(code).forEach(a -> regions.add(a.code())));
                insert.setString(1, p.id());
                insert.setString(2, p.title());
                insert.setString(3, p.body());
                insert.setString(4, p.type());
                insert.setObject(5, p.date() == null ? null : p.date().year());
                insert.setArray(6, db.createArrayOf("text", p.places().toArray()));
                insert.setArray(7, db.createArrayOf("text", regions.toArray()));
                insert.setArray(8, db.createArrayOf("text", p.topics().toArray()));
                insert.setString(
                        9, p.authors().stream().map(a -> a.person().name()).collect(Collectors.joining(" ")));
                insert.setString(
                        10,
                        p.places().stream()
                                .map(code ->
                                        gazetteer.find(code).map(Place::name).orElse(code))
                                .collect(Collectors.joining(" ")));
                insert.setString(11, p.title());
                insert.setString(12, p.body());
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX doc_tsv ON doc USING gin (tsv)");
            s.execute("CREATE INDEX doc_countries ON doc USING gin (countries)");
            s.execute("CREATE INDEX doc_regions ON doc USING gin (regions)");
            s.execute("CREATE INDEX doc_type ON doc (type)");
            s.execute("CREATE INDEX doc_year ON doc (year)");
            s.execute("ANALYZE doc");
        }
    }

    /** The statement and parameters of one query: a field prefix becomes a match on that field's words. */
    static PgCase pgCase(SearchLatency.Case c, Gazetteer gazetteer) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String words = c.text().isBlank() ? null : c.text();
        if (words != null && words.startsWith("author:")) {
            where.add("to_tsvector('simple', authors) @@ plainto_tsquery('simple', ?)");
            parameters.add(words.substring("author:".length()));
            words = null;
        } else if (words != null && words.startsWith("country:")) {
            where.add("to_tsvector('simple', places) @@ plainto_tsquery('simple', ?)");
            parameters.add(words.substring("country:".length()));
            words = null;
        }
        c.filters().forEach((facet, values) -> {
            where.add(
                    switch (facet) {
                        case TYPE -> "type = ANY (?)";
                        case COUNTRY -> "countries && ?";
                        case REGION -> "regions && ?";
                        case YEAR -> "year = ANY (?)";
                        default -> throw new IllegalArgumentException("no PostgreSQL filter for " + facet);
                    });
            parameters.add(
                    facet == Facet.YEAR
                            ? values.stream().map(Integer::valueOf).toArray(Integer[]::new)
                            : values.toArray(String[]::new));
        });
        String query = words == null ? "NULL::tsquery" : "websearch_to_tsquery('english', ?)";
        if (words != null) {
            parameters.add(0, words);
            where.add(0, "d.tsv @@ q.q");
        }
        String matches = "SELECT d.id, d.type, d.year, d.countries, d.topics, "
                + (words == null ? "0::real" : "ts_rank_cd(d.tsv, q.q)") + " AS rank FROM doc d, q"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        String order = words == null ? "year DESC NULLS LAST, id" : "rank DESC, id";
        String snippet = words == null ? "left(d.body, 200)" : "ts_headline('english', d.body, q.q, 'MaxFragments=2')";
        String sql = "WITH q AS (SELECT " + query + " AS q), m AS MATERIALIZED (" + matches + "),"
                + " top AS (SELECT id FROM m ORDER BY " + order + " LIMIT 20)"
                + " SELECT 'hit', d.id, " + snippet + ", 0::bigint FROM top JOIN doc d ON d.id = top.id, q"
                + " UNION ALL SELECT 'total', NULL, NULL, count(*) FROM m"
                + " UNION ALL SELECT 'type', type, NULL, count(*) FROM m GROUP BY type"
                + " UNION ALL SELECT 'country', c, NULL, count(*) FROM m, unnest(m.countries) c GROUP BY c"
                + " UNION ALL SELECT 'year', year::text, NULL, count(*) FROM m GROUP BY year"
                + " UNION ALL SELECT 'topic', t, NULL, count(*) FROM m, unnest(m.topics) t GROUP BY t";
        return new PgCase(sql, parameters);
    }

    private static int run(PreparedStatement statement, List<Object> parameters) throws SQLException {
        Connection db = statement.getConnection();
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Integer[] years) {
                statement.setArray(i + 1, db.createArrayOf("integer", years));
            } else if (value instanceof String[] texts) {
                statement.setArray(i + 1, db.createArrayOf("text", texts));
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
        int rows = 0;
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                r.getString(2);
                r.getString(3);
                r.getLong(4);
                rows++;
            }
        }
        return rows;
    }

    private static String parameters(SearchLatency.Case c) {
        List<String> out = new ArrayList<>();
        if (!c.text().isBlank()) {
            out.add("q=" + URLEncoder.encode(c.text(), StandardCharsets.UTF_8));
        }
        for (Map.Entry<Facet, Set<String>> f : c.filters().entrySet()) {
            String name = f.getKey().name().toLowerCase(java.util.Locale.ROOT);
            f.getValue().forEach(v -> out.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        return String.join("&", out);
    }
}
