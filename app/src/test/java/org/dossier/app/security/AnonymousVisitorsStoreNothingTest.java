package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Readers and the sign-in form make no session and write nothing: only signing in stores a session. (The CSRF
 * token of the form lives in a cookie, and where to go after signing in too.) bench/anonymous-load.sh does the
 * same with 100,000 requests.
 */
class AnonymousVisitorsStoreNothingTest extends AccountSite {
    private static final List<String> PAGES = List.of(
            "/login",
            "/",
            "/publications",
            "/publications?q=mali",
            "/api/publications",
            "/feeds/atom",
            "/oai?verb=Identify",
            "/edit",
            "/admin/accounts");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DSLContext db;

    @Value("${dossier.data}")
    Path data;

    @Test
    void readingPagesAndTheSignInFormStoresNoSessionAndWritesNothing() throws Exception {
        int sessions = sessions();
        long log = Files.size(data.resolve("dossier.db-wal"));

        for (int round = 0; round < 30; round++) {
            for (String page : PAGES) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
            }
        }

        assertThat(sessions()).isEqualTo(sessions);
        assertThat(Files.size(data.resolve("dossier.db-wal"))).isEqualTo(log);
    }

    @Test
    void signingInWithTheCookiesTokenStoresOneSessionAndReturnsToThePageAsked() throws Exception {
        SignedIn browser = SignedIn.anonymous(port);
        int before = sessions();

        HttpResponse<String> asked = browser.get("/edit");
        HttpResponse<String> in =
                browser.postForm("/login", Map.of("username", Role.EDITOR.key(), "password", PASSWORD), true);

        assertThat(asked.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(in.headers().firstValue("Location")).get().asString().endsWith("/edit");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(browser.get("/edit").statusCode()).isEqualTo(200);
    }

    private int sessions() {
        return db.fetchCount(DSL.table("spring_session"));
    }
}
