package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.store.schema.Tables.ACCOUNT;
import static org.dossier.app.store.schema.Tables.PLACE;
import static org.dossier.app.store.schema.Tables.PLACE_ALIAS;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_RELATION;
import static org.dossier.app.store.schema.Tables.READING_LIST_VERSION;
import static org.dossier.app.store.schema.Tables.SITE_SETTING;
import static org.dossier.app.store.schema.Tables.SUGGESTION;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SQL injection attempts in every parameter of every route: each is answered as a plain value — a result,
 * a 400 that names the parameter, or a 404 — never a server error, never more rows or other tables, and
 * nothing changes.
 */
class HostileParametersTest extends AccountSite {
    private static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE publication; --",
            "\" OR \"\"=\"",
            "') UNION SELECT password_hash FROM account --",
            "%' AND 1=1 --",
            "1 OR 1=1");
    private static final List<String> READER_ROUTES = List.of(
            "/publications?q=@",
            "/publications?type=@",
            "/publications?topic=@",
            "/publications?country=@",
            "/publications?region=@",
            "/publications?author=@",
            "/publications?year=@",
            "/publications?from=@",
            "/publications?to=@",
            "/publications?sort=@",
            "/publications?page=@",
            "/publications?size=@",
            "/publications?cursor=@",
            "/publications?stack=@",
            "/api/overview?year=@",
            "/api/overview?stack=@",
            "/api/overview?country=@",
            "/api/publications?q=@",
            "/api/publications?topic=@",
            "/api/publications?year=@",
            "/api/publications?size=@",
            "/api/publications/@",
            "/api/publications/@/related",
            "/api/publications/@/citation.bib",
            "/api/people/@",
            "/api/suggest?q=@",
            "/api/suggest?limit=@",
            "/api/citations.ris?q=@",
            "/feeds/atom?q=@",
            "/feeds/json?topic=@",
            "/topics/@",
            "/places/@",
            "/people/@",
            "/collections/@",
            "/publications/2024/05/@",
            "/oai?verb=@",
            "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=@",
            "/oai?verb=ListRecords&metadataPrefix=@",
            "/oai?verb=ListRecords&metadataPrefix=oai_dc&set=@",
            "/oai?verb=ListRecords&metadataPrefix=oai_dc&from=@",
            "/oai?verb=ListRecords&resumptionToken=@",
            "/login?error=@",
            "/sitemaps/@.xml",
            "/series/@",
            "/lists/@",
            "/lists/@/v/1",
            "/lists/@/feed",
            "/lists/@/v/1/citations.ris",
            "/lists/freeze?q=@",
            "/lists/freeze?type=@");

    @Autowired
    DSLContext db;

    @Test
    void answersEveryReaderRouteWithAPlainValueAndChangesNothing() throws Exception {
        int publications = db.fetchCount(PUBLICATION);
        int accountRows = db.fetchCount(ACCOUNT);
        SignedIn reader = SignedIn.anonymous(port);

        for (String route : READER_ROUTES) {
            for (String payload : PAYLOADS) {
                String path = route.replace(
                        "@", URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"));
                HttpResponse<String> r = reader.get(path);
                assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
                assertThat(r.body()).as(path).doesNotContain("$argon2", "SQLITE", "SQLException", "jooq");
                if (r.statusCode() == 400 && path.startsWith("/api/")) {
                    assertThat(r.body()).as(path).contains("\"parameter\"");
                }
            }
        }

        assertThat(db.fetchCount(PUBLICATION)).isEqualTo(publications);
        assertThat(db.fetchCount(ACCOUNT)).isEqualTo(accountRows);
    }

    @Test
    void answersAPastedParagraphAsLongAsTheSearchTakesWhateverItsAlphabet() throws Exception {
        String paragraph = "الأمن في منطقة الساحل يتطلب تعاونا إقليميا ".repeat(80);
        String q = URLEncoder.encode(paragraph.substring(0, 3000), StandardCharsets.UTF_8);
        SignedIn reader = SignedIn.anonymous(port);

        for (String path : List.of("/publications?q=" + q, "/api/publications?q=" + q)) {
            assertThat(reader.get(path).statusCode()).as(path.substring(0, 40)).isEqualTo(200);
        }
    }

    @Test
    void keepsInjectionAttemptsInFormsAsTextOrRefusesThemByName() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        int accountRows = db.fetchCount(ACCOUNT);

        for (String payload : PAYLOADS) {
            HttpResponse<String> account = admin.postForm(
                    "/admin/accounts", Map.of("username", payload, "role", "editor", "password", PASSWORD), true);
            assertThat(account.statusCode()).isEqualTo(400);
            assertThat(account.body()).contains("id=\"username-error\"");
            HttpResponse<String> signIn =
                    SignedIn.anonymous(port).postForm("/login", Map.of("username", payload, "password", payload), true);
            assertThat(signIn.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .matches(".*/login\\?(error|throttled)");
            HttpResponse<String> role = admin.postForm(
                    "/admin/accounts/"
                            + URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20") + "/role",
                    Map.of("role", payload),
                    true);
            assertThat(role.statusCode()).isIn(302, 400, 404);
        }
        assertThat(db.fetchCount(ACCOUNT)).isEqualTo(accountRows);

        SignedIn editor = as(Role.EDITOR);
        String draftPath = null;
        for (String payload : PAYLOADS) {
            HttpResponse<String> draft = editor.postForm(
                    "/edit/new", Map.of("title", payload, "topics", payload, "collection", payload), true);
            assertThat(draft.statusCode()).isEqualTo(302);
            draftPath = java.net
                    .URI
                    .create(draft.headers().firstValue("Location").orElseThrow())
                    .getPath();
        }
        assertThat(db.select(PUBLICATION.TITLE).from(PUBLICATION).fetch(PUBLICATION.TITLE))
                .containsAll(PAYLOADS);

        int relations = db.fetchCount(PUBLICATION_RELATION);
        for (String payload : PAYLOADS) {
            for (Map<String, String> form : List.of(
                    Map.of("op", payload, "kind", "supersedes", "other", payload),
                    Map.of("op", "add", "kind", payload, "other", payload),
                    Map.of("op", "add", "kind", "supersedes", "other", payload + " (no such title)"))) {
                HttpResponse<String> related = editor.postForm(draftPath + "/relations", form, true);
                assertThat(related.statusCode()).as(form.toString()).isEqualTo(302);
            }
        }
        assertThat(db.fetchCount(PUBLICATION_RELATION)).isEqualTo(relations);

        int suggestions = db.fetchCount(SUGGESTION);
        for (String payload : PAYLOADS) {
            for (Map<String, String> form : List.of(
                    Map.of("op", payload, "kind", payload, "value", payload, "from", payload),
                    Map.of("op", "accept", "kind", "place", "value", payload),
                    Map.of("op", "undo", "kind", "place", "value", payload))) {
                HttpResponse<String> answered = editor.postForm(draftPath + "/suggestions", form, true);
                assertThat(answered.statusCode()).as(form.toString()).isEqualTo(302);
                assertThat(answered.headers().firstValue("Location").orElseThrow())
                        .as("stays on the site")
                        .endsWith(draftPath + "#suggestions");
            }
            String queue = "/edit/suggestions?page="
                    + URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(editor.get(queue).statusCode()).as(queue).isEqualTo(200);
        }
        assertThat(db.fetchCount(SUGGESTION)).isEqualTo(suggestions);

        for (String payload : PAYLOADS) {
            HttpResponse<String> list =
                    editor.postForm("/lists", Map.of("title", payload, "introduction", payload), true);
            assertThat(list.statusCode()).isEqualTo(302);
            String listPath = java.net
                    .URI
                    .create(list.headers().firstValue("Location").orElseThrow())
                    .getPath();
            for (Map<String, String> form : List.of(
                    Map.of("op", payload, "publication", payload, "note", payload),
                    Map.of("op", "add", "publication", payload, "note", payload))) {
                assertThat(editor.postForm(listPath + "/items", form, true).statusCode())
                        .as(form.toString())
                        .isEqualTo(302);
            }
            assertThat(editor.postForm("/lists/freeze", Map.of("q", payload, "type", payload, "title", payload), true)
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(db.select(READING_LIST_VERSION.TITLE)
                        .from(READING_LIST_VERSION)
                        .fetch(READING_LIST_VERSION.TITLE))
                .containsAll(PAYLOADS);

        int places = db.fetchCount(PLACE);
        for (String payload : PAYLOADS) {
            HttpResponse<String> place = admin.postForm(
                    "/admin/taxonomy/place",
                    Map.of("code", payload, "name", payload, "kind", payload, "parents", payload, "aliases", payload),
                    true);
            assertThat(place.statusCode()).isEqualTo(400);
            assertThat(place.body()).contains("id=\"p-code-error\"", "id=\"p-kind-error\"", "id=\"p-parents-error\"");
            HttpResponse<String> renamed = admin.postForm(
                    "/admin/taxonomy/place/NER/save",
                    Map.of("name", "Niger", "kind", "country", "parents", "sahel", "aliases", payload),
                    true);
            assertThat(renamed.statusCode()).isEqualTo(302);
        }
        assertThat(db.fetchCount(PLACE)).isEqualTo(places);
        assertThat(db.select(PLACE_ALIAS.ALIAS)
                        .from(PLACE_ALIAS)
                        .where(PLACE_ALIAS.PLACE_CODE.eq("NER"))
                        .fetch(PLACE_ALIAS.ALIAS))
                .containsExactly(PAYLOADS.get(PAYLOADS.size() - 1));

        for (String payload : PAYLOADS) {
            HttpResponse<String> settings = admin.postForm(
                    "/admin/settings",
                    Map.of("name", payload, "publisher", payload, "adminEmail", "", "disclaimer", payload),
                    true);
            assertThat(settings.statusCode()).isEqualTo(302);
            assertThat(db.select(SITE_SETTING.VALUE)
                            .from(SITE_SETTING)
                            .where(SITE_SETTING.NAME.in("name", "publisher", "disclaimer"))
                            .fetch(SITE_SETTING.VALUE))
                    .containsOnly(payload);
        }
        admin.postForm("/admin/settings", Map.of("name", "Dossier"), true);
    }
}
