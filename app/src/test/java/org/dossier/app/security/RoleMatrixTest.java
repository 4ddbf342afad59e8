package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.dossier.app.place.StoredPlaces;
import org.dossier.app.site.Site;
import org.dossier.attachment.Attachments;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Vocabulary;
import org.dossier.editorial.Editorial;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route that changes something, and every page for editors and admins, against every kind of
 * visitor: exactly the expected ones are let through, and the others change nothing — also when they post
 * directly, without the form, and when a contributor names someone else's publication.
 */
class RoleMatrixTest extends AccountSite {
    @Autowired
    AccountManager manager;

    @Autowired
    Editorial editorial;

    @Autowired
    Catalog catalog;

    @Autowired
    Attachments attachments;

    @Autowired
    ReadingLists readingLists;

    @Autowired
    Vocabulary vocabulary;

    @Autowired
    PlaceStore placeStore;

    @Autowired
    StoredPlaces storedPlaces;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Site site;

    @Autowired
    Suggestions suggestions;

    private static final byte[] PDF = pdf();
    private static final String PUBLISHED = "PUBLISHED000000000000001";
    private String visibleId;

    @org.junit.jupiter.api.BeforeAll
    void oneOtherPublication() {
        editorial.save(
                Publication.builder()
                        .id(PUBLISHED)
                        .title("A published publication")
                        .status(Status.PUBLISHED)
                        .build(),
                "admin",
                "created",
                false);
        visibleId = editorial
                .save(
                        Publication.builder()
                                .id("OTHER0000000000000000001")
                                .title("Another publication")
                                .build(),
                        "admin",
                        "created",
                        false)
                .publicationId();
    }

    private static byte[] pdf() {
        try {
            return org.dossier.app.editing.AttachmentTestPdf.of("Title", "Author", "Text.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Who a route lets through: accounts of at least this role (null: nobody, not even admins). */
    enum Route {
        ADMIN_ACCOUNTS_PAGE(Role.ADMIN),
        ADMIN_AUDIT_PAGE(Role.ADMIN),
        FAILED_SIGN_INS_PAGE(Role.ADMIN),
        ADD_ACCOUNT(Role.ADMIN),
        CHANGE_ROLE(Role.ADMIN),
        DISABLE_ACCOUNT(Role.ADMIN),
        EDIT_WORKLIST(Role.CONTRIBUTOR),
        NEW_PUBLICATION_FORM(Role.CONTRIBUTOR),
        CREATE_DRAFT(Role.CONTRIBUTOR),
        OPEN_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        PREVIEW_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        SAVE_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        PUBLISH(Role.EDITOR),
        RESTORE_SOMEONE_ELSES_REVISION(Role.EDITOR),
        BAN_RELATED_OF_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        RELATE_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        SUGGESTIONS_TO_REVIEW_PAGE(Role.EDITOR),
        ACCEPT_A_SUGGESTION_FOR_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        START_A_READING_LIST(Role.READER),
        CHANGE_A_SHARED_READING_LIST(Role.EDITOR),
        ATTACH_PDF_TO_SOMEONE_ELSES_DRAFT(Role.EDITOR),
        TAXONOMY_PAGE(Role.ADMIN),
        RENAME_TOPIC(Role.ADMIN),
        DESCRIBE_TOPIC(Role.ADMIN),
        PLACES_PAGE(Role.ADMIN),
        ADD_PLACE(Role.ADMIN),
        CHANGE_PLACE(Role.ADMIN),
        REMOVE_PLACE(Role.ADMIN),
        SETTINGS_PAGE(Role.ADMIN),
        CHANGE_SETTINGS(Role.ADMIN),
        POST_TO_A_READERS_PAGE(null);

        final Role least;

        Route(Role least) {
            this.least = least;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : Route.values()) {
            cases.add(Arguments.of(route, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(route, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void letsThroughExactlyTheRolesARouteIsFor(Route route, Role visitor) throws Exception {
        SignedIn session = visitor == null ? SignedIn.anonymous(port) : as(visitor);
        String target = "target-" + UUID.randomUUID().toString().substring(0, 8);
        manager.add(new NewAccount(target, null, Role.CONTRIBUTOR, PASSWORD), "test");
        String fresh = "new-" + UUID.randomUUID().toString().substring(0, 8);
        String draft = editorial
                .save(
                        Publication.builder()
                                .id("D"
                                        + UUID.randomUUID()
                                                .toString()
                                                .replace("-", "")
                                                .substring(0, 20))
                                .title("Admin's draft " + fresh)
                                .topics(List.of("Topic " + fresh))
                                .status(Status.DRAFT)
                                .build(),
                        "admin",
                        "created",
                        false)
                .publicationId();
        String sharedList = readingLists
                .save(
                        new ReadingList(Ids.newId(), "admin", true, 0, null, "Shared " + fresh, null, null, List.of()),
                        "admin")
                .id();
        String place = "place-" + fresh;
        placeStore.save(new Place(place, "Place " + fresh, Place.Kind.REGION, List.of(), List.of()));
        storedPlaces.refresh();
        String siteName = site.settings().name();
        suggestions.offer(
                List.of(new Suggestion(draft, Suggestion.Kind.PLACE, "MLI", 9, "Mali ×7", 0, Suggestion.State.OPEN)));

        HttpResponse<String> r = switch (route) {
            case ADMIN_ACCOUNTS_PAGE -> session.get("/admin/accounts");
            case ADMIN_AUDIT_PAGE -> session.get("/admin/audit");
            case FAILED_SIGN_INS_PAGE -> session.get("/admin/sign-ins");
            case ADD_ACCOUNT ->
                session.postForm(
                        "/admin/accounts", Map.of("username", fresh, "role", "editor", "password", PASSWORD), true);
            case CHANGE_ROLE -> session.postForm("/admin/accounts/" + target + "/role", Map.of("role", "admin"), true);
            case DISABLE_ACCOUNT ->
                session.postForm("/admin/accounts/" + target + "/disabled", Map.of("disabled", "true"), true);
            case EDIT_WORKLIST -> session.get("/edit");
            case NEW_PUBLICATION_FORM -> session.get("/edit/new");
            case CREATE_DRAFT -> session.postForm("/edit/new", Map.of("title", fresh), true);
            case OPEN_SOMEONE_ELSES_DRAFT -> session.get("/edit/" + draft);
            case PREVIEW_SOMEONE_ELSES_DRAFT -> session.get("/edit/" + draft + "/preview");
            case SAVE_SOMEONE_ELSES_DRAFT ->
                session.postForm("/edit/" + draft, form("Changed by " + fresh, "Topic " + fresh, "save"), true);
            case PUBLISH ->
                session.postForm("/edit/" + draft, form("Admin's draft " + fresh, "Topic " + fresh, "publish"), true);
            case RESTORE_SOMEONE_ELSES_REVISION ->
                session.postForm("/edit/" + draft + "/revisions/1/restore", Map.of(), true);
            case BAN_RELATED_OF_SOMEONE_ELSES_DRAFT ->
                session.postForm("/edit/" + draft + "/related", Map.of("op", "ban", "other", visibleId), true);
            case START_A_READING_LIST -> session.postForm("/lists", Map.of("title", fresh), true);
            case CHANGE_A_SHARED_READING_LIST ->
                session.postForm(
                        "/lists/" + sharedList + "/items", Map.of("op", "add", "publication", PUBLISHED), true);
            case RELATE_SOMEONE_ELSES_DRAFT ->
                session.postForm(
                        "/edit/" + draft + "/relations",
                        Map.of("op", "add", "kind", "supersedes", "other", visibleId),
                        true);
            case ATTACH_PDF_TO_SOMEONE_ELSES_DRAFT ->
                session.postFile("/edit/" + draft + "/attachments", "a.pdf", "application/pdf", PDF);
            case TAXONOMY_PAGE -> session.get("/admin/taxonomy/topic");
            case RENAME_TOPIC ->
                session.postForm(
                        "/admin/taxonomy/topic/rename",
                        Map.of("from", "Topic " + fresh, "to", "Renamed " + fresh),
                        true);
            case DESCRIBE_TOPIC ->
                session.postForm(
                        "/admin/taxonomy/topic/describe",
                        Map.of("name", "Topic " + fresh, "description", "About it"),
                        true);
            case PLACES_PAGE -> session.get("/admin/taxonomy/place");
            case ADD_PLACE ->
                session.postForm(
                        "/admin/taxonomy/place",
                        Map.of("code", "added-" + fresh, "name", "Added " + fresh, "kind", "region"),
                        true);
            case CHANGE_PLACE ->
                session.postForm(
                        "/admin/taxonomy/place/" + place + "/save",
                        Map.of("name", "Renamed " + fresh, "kind", "region"),
                        true);
            case REMOVE_PLACE -> session.postForm("/admin/taxonomy/place/" + place + "/delete", Map.of(), true);
            case SUGGESTIONS_TO_REVIEW_PAGE -> session.get("/edit/suggestions");
            case ACCEPT_A_SUGGESTION_FOR_SOMEONE_ELSES_DRAFT ->
                session.postForm(
                        "/edit/" + draft + "/suggestions",
                        Map.of("op", "accept", "kind", "place", "value", "MLI"),
                        true);
            case SETTINGS_PAGE -> session.get("/admin/settings");
            case CHANGE_SETTINGS -> session.postForm("/admin/settings", Map.of("name", "Site " + fresh), true);
            case POST_TO_A_READERS_PAGE -> session.postForm("/publications", Map.of("q", "mali"), true);
        };

        boolean allowed = route.least != null && visitor != null && visitor.includes(route.least);
        if (allowed) {
            assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
            if (r.statusCode() == 302) {
                assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("/login");
            }
        } else if (visitor == null) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/login");
        } else {
            assertThat(r.statusCode()).isEqualTo(403);
        }
        assertThat(accounts.find(fresh).isPresent()).isEqualTo(allowed && route == Route.ADD_ACCOUNT);
        assertThat(accounts.find(target).orElseThrow().role())
                .isEqualTo(allowed && route == Route.CHANGE_ROLE ? Role.ADMIN : Role.CONTRIBUTOR);
        assertThat(accounts.find(target).orElseThrow().disabled()).isEqualTo(allowed && route == Route.DISABLE_ACCOUNT);
        assertThat(catalog.list(0, 100_000).stream().anyMatch(p -> p.title().equals(fresh)))
                .isEqualTo(allowed && route == Route.CREATE_DRAFT);
        Publication after = catalog.find(draft).orElseThrow();
        assertThat(after.title())
                .isEqualTo(
                        allowed && route == Route.SAVE_SOMEONE_ELSES_DRAFT
                                ? "Changed by " + fresh
                                : "Admin's draft " + fresh);
        assertThat(after.status()).isEqualTo(allowed && route == Route.PUBLISH ? Status.PUBLISHED : Status.DRAFT);
        assertThat(after.places())
                .isEqualTo(
                        allowed && route == Route.ACCEPT_A_SUGGESTION_FOR_SOMEONE_ELSES_DRAFT
                                ? List.of("MLI")
                                : List.of());
        assertThat(after.topics())
                .containsExactly(allowed && route == Route.RENAME_TOPIC ? "Renamed " + fresh : "Topic " + fresh);
        assertThat(vocabulary
                        .term(Vocabulary.Kind.TOPIC, "Topic " + fresh)
                        .map(Vocabulary.Term::description)
                        .orElse(null))
                .isEqualTo(allowed && route == Route.DESCRIBE_TOPIC ? "About it" : null);
        storedPlaces.refresh();
        assertThat(gazetteer.find("added-" + fresh).isPresent()).isEqualTo(allowed && route == Route.ADD_PLACE);
        assertThat(gazetteer.find(place).map(Place::name).orElse("removed"))
                .isEqualTo(
                        !allowed
                                ? "Place " + fresh
                                : route == Route.CHANGE_PLACE
                                        ? "Renamed " + fresh
                                        : route == Route.REMOVE_PLACE ? "removed" : "Place " + fresh);
        assertThat(site.settings().name())
                .isEqualTo(allowed && route == Route.CHANGE_SETTINGS ? "Site " + fresh : siteName);
        if (allowed && route == Route.CHANGE_SETTINGS) {
            session.postForm("/admin/settings", Map.of("name", siteName), true);
        }
        assertThat(after.bannedRelated())
                .isEqualTo(
                        allowed && route == Route.BAN_RELATED_OF_SOMEONE_ELSES_DRAFT ? List.of(visibleId) : List.of());
        assertThat(after.relations())
                .isEqualTo(
                        allowed && route == Route.RELATE_SOMEONE_ELSES_DRAFT
                                ? List.of(new Relation(Relation.Kind.SUPERSEDES, visibleId))
                                : List.of());
        assertThat(readingLists.find(sharedList).orElseThrow().version())
                .isEqualTo(allowed && route == Route.CHANGE_A_SHARED_READING_LIST ? 2 : 1);
        assertThat(readingLists.ownedBy(visitor == null ? "nobody" : visitor.key()).stream()
                        .anyMatch(l -> l.title().equals(fresh)))
                .isEqualTo(allowed && route == Route.START_A_READING_LIST);
        assertThat(attachments.of(draft)).hasSize(allowed && route == Route.ATTACH_PDF_TO_SOMEONE_ELSES_DRAFT ? 1 : 0);
        boolean revised = allowed
                && (route.name().startsWith("SAVE")
                        || route == Route.PUBLISH
                        || route.name().startsWith("RESTORE")
                        || route.name().startsWith("BAN")
                        || route.name().startsWith("RELATE")
                        || route.name().startsWith("ATTACH")
                        || route.name().startsWith("ACCEPT"));
        assertThat(editorial.revisions(draft)).hasSize(revised ? 2 : 1);
    }

    @ParameterizedTest(name = "as {0}")
    @MethodSource("everyone")
    void refusesAPostWithoutTheCsrfTokenAndChangesNothing(Role visitor) throws Exception {
        SignedIn session = visitor == null ? SignedIn.anonymous(port) : as(visitor);
        String fresh = "forged-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> account = session.postForm(
                "/admin/accounts", Map.of("username", fresh, "role", "admin", "password", PASSWORD), false);
        HttpResponse<String> draft = session.postForm("/edit/new", Map.of("title", fresh), false);

        assertThat(account.statusCode()).isEqualTo(403);
        assertThat(draft.statusCode()).isEqualTo(403);
        assertThat(accounts.find(fresh)).isEmpty();
        assertThat(catalog.list(0, 100_000)).noneMatch(p -> p.title().equals(fresh));
    }

    static Stream<Role> everyone() {
        return Stream.concat(Stream.of((Role) null), Stream.of(Role.values()));
    }

    private static Map<String, String> form(String title, String topics, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("topics", topics);
        form.put("action", action);
        return form;
    }
}
