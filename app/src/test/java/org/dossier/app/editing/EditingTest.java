package org.dossier.app.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editors write, review, publish and unpublish through the forms; every save is a revision. */
class EditingTest extends AccountSite {
    private static final Pattern CREATED = Pattern.compile("/edit/([A-Z0-9]+)$");

    @Autowired
    Catalog catalog;

    @Test
    void anEditorWritesABriefWithTheFoundingSectionsPublishesItAndUnpublishesIt() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String id = create(editor, brief("Water and Conflict in the Sahel"));
        assertThat(catalog.find(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(SignedIn.anonymous(port).get("/api/publications/" + id).statusCode())
                .isEqualTo(404);

        act(editor, id, brief("Water and Conflict in the Sahel"), "publish");

        Publication p = catalog.find(id).orElseThrow();
        assertThat(p.status()).isEqualTo(Status.PUBLISHED);
        String page = waitForPage(p.path());
        assertThat(page)
                .contains(
                        "Water and Conflict in the Sahel",
                        "writes Aminata Diallo in this Peace Brief",
                        "<li>Herders and farmers compete for shrinking water.</li>",
                        "<li>Local mediation works.</li>",
                        "Aminata Diallo",
                        "PhD",
                        "About this Brief",
                        "Aminata Diallo is a researcher.",
                        "The views expressed here are the author’s own.");
        assertThat(p.places()).containsExactly("MLI", "sahel");
        assertThat(p.authors().get(0).person().bio()).isEqualTo("Researcher on water and conflict.");
        assertThat(SignedIn.anonymous(port)
                        .get("/people/" + p.authors().get(0).person().id())
                        .body())
                .contains("Researcher on water and conflict.");
        assertThat(p.topics()).containsExactly("Environment", "Mediation");
        assertThat(waitFor("/api/publications?q=herders", id)).contains(id);

        act(editor, id, brief("Water and Conflict in the Sahel"), "unpublish");

        assertThat(catalog.find(id).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(SignedIn.anonymous(port).get(p.path()).statusCode()).isEqualTo(404);
        assertThat(as(Role.ADMIN).get("/admin/audit").body())
                .contains("<td>editor</td><td>published</td>", "<td>editor</td><td>unpublished</td>");
    }

    @Test
    void showsWhatIsWrongNextToEachFieldAndSavesNothing() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        Map<String, String> form = brief("Never saved");
        form.put("date", "May 2013");
        form.put("places", "Mali, Atlantis");
        form.put("embargo", "tomorrow");
        long before = catalog.count();

        HttpResponse<String> r = editor.postForm("/edit/new", form, true);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains(
                        "Nothing was saved",
                        "<p class=\"field-error\" id=\"f-date-error\">a date is YYYY, YYYY-MM or YYYY-MM-DD</p>",
                        "<p class=\"field-error\" id=\"f-places-error\">'Atlantis' is not a place Dossier knows",
                        "<p class=\"field-error\" id=\"f-embargo-error\">an embargo is a date and time in UTC",
                        "value=\"Never saved\"");
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void aContributorSubmitsTheirOwnDraftButMayNotPublishItOrEditItInReview() throws Exception {
        SignedIn contributor = as(Role.CONTRIBUTOR);
        String id = create(contributor, brief("A contributor's brief"));

        assertThat(contributor
                        .postForm("/edit/" + id, brief("A contributor's brief"), true)
                        .statusCode())
                .isEqualTo(302);
        assertThat(act(contributor, id, brief("A contributor's brief"), "publish")
                        .statusCode())
                .isEqualTo(403);
        assertThat(act(contributor, id, brief("A contributor's brief"), "submit")
                        .statusCode())
                .isEqualTo(302);
        assertThat(catalog.find(id).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(act(contributor, id, brief("Changed after submitting"), "save")
                        .statusCode())
                .isEqualTo(403);
        assertThat(catalog.find(id).orElseThrow().title()).isEqualTo("A contributor's brief");
    }

    @Test
    void aContributorCannotOpenOrChangeSomeoneElsesDraftByChangingTheId() throws Exception {
        String theirs = create(as(Role.EDITOR), brief("The editor's draft"));
        SignedIn contributor = as(Role.CONTRIBUTOR);

        assertThat(contributor.get("/edit/" + theirs).statusCode()).isEqualTo(403);
        assertThat(act(contributor, theirs, brief("Hijacked"), "save").statusCode())
                .isEqualTo(403);
        assertThat(contributor.get("/edit/" + theirs + "/revisions").statusCode())
                .isEqualTo(403);
        assertThat(contributor
                        .postForm("/edit/" + theirs + "/revisions/1/restore", Map.of(), true)
                        .statusCode())
                .isEqualTo(403);
        assertThat(catalog.find(theirs).orElseThrow().title()).isEqualTo("The editor's draft");
        assertThat(contributor.get("/edit").body()).doesNotContain("The editor's draft");
    }

    @Test
    void previewsADraftAsReadersWouldSeeItOnlyForThoseWhoMayEditIt() throws Exception {
        SignedIn contributor = as(Role.CONTRIBUTOR);
        String id = create(contributor, brief("A brief not yet out"));

        HttpResponse<String> preview = contributor.get("/edit/" + id + "/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("X-Robots-Tag")).contains("noindex");
        assertThat(preview.body())
                .contains(
                        "Preview: readers cannot see this publication while it is draft.",
                        "<meta name=\"robots\" content=\"noindex\">",
                        "<h1>A brief not yet out</h1>",
                        "<li>Local mediation works.</li>",
                        "About this Brief",
                        "The views expressed here are the author’s own.");
        assertThat(as(Role.EDITOR).get("/edit/" + id + "/preview").statusCode()).isEqualTo(200);
        assertThat(SignedIn.anonymous(port).get("/edit/" + id + "/preview").statusCode())
                .isEqualTo(302);
        assertThat(as(Role.READER).get("/edit/" + id + "/preview").statusCode()).isEqualTo(403);
        assertThat(SignedIn.anonymous(port)
                        .get(catalog.find(id).orElseThrow().path())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void keepsEveryRevisionShowsTheDifferenceAndRestoresAnEarlierOne() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String id = create(editor, brief("First title"));
        Map<String, String> second = brief("Second title");
        second.put("summary", "Local mediation works.\nHerders and farmers compete for shrinking water.");
        act(editor, id, second, "save");

        String diff = editor.get("/edit/" + id + "/revisions?compare=1").body();
        assertThat(diff)
                .contains(
                        "<th scope=\"row\">title</th><td class=\"before\">First title</td><td class=\"after\">Second title</td>")
                .contains("<th scope=\"row\">summary</th>")
                .doesNotContain("<th scope=\"row\">lede</th>");

        HttpResponse<String> restored = editor.postForm("/edit/" + id + "/revisions/1/restore", Map.of(), true);

        assertThat(restored.statusCode()).isEqualTo(302);
        Publication p = catalog.find(id).orElseThrow();
        assertThat(p.title()).isEqualTo("First title");
        assertThat(p.summary())
                .containsExactly("Herders and farmers compete for shrinking water.", "Local mediation works.");
        assertThat(editor.get("/edit/" + id + "/revisions").body())
                .contains("<td>3</td>", "restored revision 1", "<td>2</td>", "saved", "created");
        assertThat(as(Role.ADMIN).get("/admin/audit").body()).contains("<td>editor</td><td>restored revision 1</td>");
    }

    @Test
    void schedulesAPublicationForTheEndOfItsEmbargo() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        Map<String, String> form = brief("Embargoed brief");
        form.put("embargo", "2099-01-01T09:00");
        String id = create(editor, form);

        act(editor, id, form, "publish");

        Publication p = catalog.find(id).orElseThrow();
        assertThat(p.status()).isEqualTo(Status.PUBLISHED);
        assertThat(p.embargoUntil()).isEqualTo(Instant.parse("2099-01-01T09:00:00Z"));
        assertThat(SignedIn.anonymous(port).get(p.path()).statusCode()).isEqualTo(404);
        assertThat(editor.get("/edit").body()).contains("published (embargo until 2099-01-01T09:00:00Z)");
    }

    @Test
    void pinsOrdersAndBansRelatedPublicationsFromTheEditPage() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String a = create(editor, brief("Seed brief"));
        String b = create(editor, brief("Second brief"));
        String c = create(editor, brief("Third brief"));

        curate(editor, a, "pin", b);
        curate(editor, a, "pin", catalog.find(c).orElseThrow().path());
        curate(editor, a, "up", c);
        assertThat(catalog.find(a).orElseThrow().related()).containsExactly(c, b);

        curate(editor, a, "ban", b);
        Publication seed = catalog.find(a).orElseThrow();
        assertThat(seed.related()).containsExactly(c);
        assertThat(seed.bannedRelated()).containsExactly(b);
        editor.postForm("/edit/" + a + "/related", Map.of("op", "unban", "other", b), true);
        assertThat(editor.get("/edit/" + a).body()).contains("Unbanned related “Second brief” (revision 6).");
        curate(editor, a, "ban", b);
        assertThat(editor.get("/edit/" + a).body()).contains("Banned, never shown");

        editor.postForm("/edit/" + a + "/related", Map.of("op", "pin", "other", a), true);
        assertThat(editor.get("/edit/" + a).body())
                .contains("Related publications: a publication cannot be related to itself.");
        editor.postForm("/edit/" + a + "/related", Map.of("op", "pin", "other", "NO-SUCH-ID"), true);
        assertThat(editor.get("/edit/" + a).body())
                .contains("Related publications: no publication has the id or path NO-SUCH-ID.");
        assertThat(editor.get("/edit/" + a + "/revisions").body())
                .contains("pinned related “Second brief”", "moved related “Third brief”");
        assertThat(catalog.find(a).orElseThrow().related()).containsExactly(c);
    }

    @Test
    void rendersTheTextAsMarkdownWithoutAnythingThatRuns() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        Map<String, String> form = brief("Markdown brief");
        form.put(
                "body",
                "## Findings\n\n**Water** is scarce. See [USIP](https://www.usip.org/) or [this](javascript:alert(1)).\n\n<script>alert(2)</script>");
        String id = create(editor, form);

        act(editor, id, form, "publish");

        String page = SignedIn.anonymous(port)
                .get(catalog.find(id).orElseThrow().path())
                .body();
        assertThat(page)
                .contains(
                        "<h2>Findings</h2>",
                        "<strong>Water</strong>",
                        "<a href=\"https://www.usip.org/\" rel=\"nofollow\">USIP</a>",
                        "&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("javascript:alert(1)\"", "<script>alert(2)");
    }

    @Test
    void linksATranslationToItsOriginalBothWays() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String original = create(editor, brief("Water and peace"));
        Map<String, String> french = brief("L’eau et la paix");
        french.put("language", "fr");
        french.put("translationOf", catalog.find(original).orElseThrow().path());
        String translation = create(editor, french);
        Map<String, String> wrong = brief("Nowhere");
        wrong.put("translationOf", "NO-SUCH");
        assertThat(editor.postForm("/edit/new", wrong, true).body())
                .contains(
                        "<p class=\"field-error\" id=\"f-translationOf-error\">no publication has the id or path NO-SUCH</p>");

        act(editor, original, brief("Water and peace"), "publish");
        act(editor, translation, french, "publish");

        assertThat(catalog.find(translation).orElseThrow().translationOf()).isEqualTo(original);
        String originalPage = SignedIn.anonymous(port)
                .get(catalog.find(original).orElseThrow().path())
                .body();
        String translationPage = SignedIn.anonymous(port)
                .get(catalog.find(translation).orElseThrow().path())
                .body();
        assertThat(originalPage)
                .contains(
                        "Also in:",
                        ">français</a>",
                        "<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost:" + port);
        assertThat(translationPage).contains("Also in:", ">English</a>", "hreflang=\"en\"");
    }

    /** Posts a change of related publications and follows the redirect, as a browser does. */
    private static void curate(SignedIn editor, String id, String op, String other) throws Exception {
        editor.postForm("/edit/" + id + "/related", Map.of("op", op, "other", other), true);
        editor.get("/edit/" + id);
    }

    static Map<String, String> brief(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "Peace Brief");
        form.put("date", "2024-05-02");
        form.put("authors", "Aminata Diallo | PhD | Researcher on water and conflict.");
        form.put("lede", "Water is scarce, writes Aminata Diallo in this Peace Brief.");
        form.put("summary", "Herders and farmers compete for shrinking water.\nLocal mediation works.");
        form.put("body", "First paragraph.\n\nSecond paragraph about herders.");
        form.put("about", "Aminata Diallo is a researcher.");
        form.put("disclaimer", "The views expressed here are the author’s own.");
        form.put("topics", "Environment, Mediation");
        form.put("places", "Mali, Sahel");
        form.put("language", "en");
        return form;
    }

    static String create(SignedIn who, Map<String, String> form) throws Exception {
        HttpResponse<String> r = who.postForm("/edit/new", form, true);
        Matcher m = CREATED.matcher(r.headers().firstValue("Location").orElse(""));
        if (r.statusCode() != 302 || !m.find()) {
            throw new AssertionError("not created: " + r.statusCode() + " " + r.body());
        }
        who.get("/edit/" + m.group(1)); // as a browser would, which also shows the message left for it
        return m.group(1);
    }

    static HttpResponse<String> act(SignedIn who, String id, Map<String, String> form, String action) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("action", action);
        return who.postForm("/edit/" + id, fields, true);
    }

    /** The answer at this path once it contains the text (the search index follows the store within a second). */
    private String waitFor(String path, String text) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> SignedIn.anonymous(port).get(path).body(), body -> body.contains(text));
    }

    private String waitForPage(String path) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> SignedIn.anonymous(port).get(path), r -> r.statusCode() == 200)
                .body();
    }
}
