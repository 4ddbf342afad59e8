package org.dossier.app.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dossier.app.store.schema.Tables.PUBLICATION;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admins add places and change them — name, kind, the regions they lie in, other names — and readers,
 * search, imports and harvesters follow: the publications in a changed place are re-indexed and dated anew.
 */
class PlaceManagementTest extends AccountSite {
    @Autowired
    Catalog catalog;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    PlaceStore store;

    @Autowired
    DSLContext db;

    @Test
    void addsARegionAndFindsThePublicationsOfTheCountriesPutInIt() throws Exception {
        String bissau = write("Cashew trade in Bafatá", "GNB");
        write("Zinder markets", "NER");
        long datedBefore = changedAt(bissau);
        SignedIn admin = as(Role.ADMIN);

        HttpResponse<String> added = admin.postForm(
                "/admin/taxonomy/place",
                form(
                        "rivers-south",
                        "Southern Rivers",
                        "region",
                        "West Africa",
                        "Rivières du Sud\nSouthern Rivers region"),
                true);
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/taxonomy/place/rivers-south").body())
                .contains("Added Southern Rivers (rivers-south).");
        HttpResponse<String> moved = admin.postForm(
                "/admin/taxonomy/place/GNB/save",
                form("", "Guinea-Bissau", "country", "West Africa, rivers-south", ""),
                true);

        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/taxonomy/place/GNB").body())
                .contains("Saved. " + bissauPublications()
                        + " publications in this place or a place within it are re-indexed.");
        assertThat(gazetteer.ancestors("GNB")).extracting(Place::name).contains("Southern Rivers", "West Africa");
        assertThat(gazetteer.findByName("rivieres du sud"))
                .get()
                .extracting(Place::code)
                .isEqualTo("rivers-south");
        TaxonomyTest.waitFor(port, "/api/publications?region=rivers-south", "\"total\":" + bissauPublications());
        assertThat(SignedIn.anonymous(port)
                        .get("/api/publications?region=rivers-south")
                        .body())
                .contains("Cashew trade in Bafatá")
                .doesNotContain("Zinder markets");
        assertThat(SignedIn.anonymous(port).get("/places/rivers-south").body())
                .contains("Southern Rivers", "Cashew trade in Bafatá", "In West Africa.");
        assertThat(changedAt(bissau))
                .as("harvesters see the publication changed")
                .isGreaterThan(datedBefore);
        assertThat(SignedIn.anonymous(port)
                        .get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=place:rivers-south")
                        .body())
                .contains(":" + bissau + "</identifier>");
        assertThat(admin.get("/admin/audit").body())
                .contains(
                        "<td>added place</td><td>rivers-south</td><td>Southern Rivers, region, in West Africa</td>",
                        "<td>changed place</td><td>GNB</td><td>Guinea-Bissau, country, in West Africa, Southern Rivers; "
                                + bissauPublications() + " publications</td>");
    }

    @Test
    void renamesAPlaceOnEveryPageAndInSearchAndKeepsTheFormerNameForSources() throws Exception {
        write("Sugar estates of the lowveld", "SWZ");
        SignedIn admin = as(Role.ADMIN);

        admin.postForm(
                "/admin/taxonomy/place/SWZ/save", form("", "Ngwane", "country", "Southern Africa", "Swaziland"), true);

        assertThat(SignedIn.anonymous(port).get("/places/SWZ").body()).contains("<h1>Ngwane</h1>");
        TaxonomyTest.waitFor(port, "/api/publications?q=ngwane", "Sugar estates of the lowveld");
        assertThat(gazetteer.findByName("Eswatini"))
                .get()
                .extracting(Place::name)
                .isEqualTo("Ngwane");
        assertThat(admin.get("/admin/taxonomy/place/SWZ").body()).contains(">Swaziland\nEswatini</textarea>");
    }

    @Test
    void refusesBadCodesTakenNamesUnknownRegionsAndCyclesAndSavesNothing() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        int places = gazetteer.all().size();

        HttpResponse<String> add = admin.postForm(
                "/admin/taxonomy/place", form("west africa!", "Mali", "planet", "Atlantis", "Niger"), true);
        HttpResponse<String> cycle =
                admin.postForm("/admin/taxonomy/place/sahel/save", form("", "Sahel", "region", "Mali", ""), true);
        HttpResponse<String> taken =
                admin.postForm("/admin/taxonomy/place/EU/save", form("", "Europe", "organization", "", ""), true);

        assertThat(add.statusCode()).isEqualTo(400);
        assertThat(add.body())
                .contains(
                        "Nothing was saved",
                        "a code has 1 to 64 letters, digits and single hyphens",
                        "“Mali” is already a name of Mali (MLI)",
                        "a place is a country, a region or an organization",
                        "there is no place “Atlantis”",
                        "“Niger” is already a name of Niger (NER)");
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("Mali lies in this place, so this place cannot lie in it");
        assertThat(taken.body()).contains("“Europe” is already a name of Europe (europe)");
        assertThat(gazetteer.all()).hasSize(places);
        assertThat(gazetteer.find("sahel").orElseThrow().parents()).containsExactly("west-africa");
        assertThat(gazetteer.find("EU").orElseThrow().name()).isEqualTo("European Union");
    }

    @Test
    void removesOnlyAPlaceThatNoPublicationAndNoPlaceIsIn() throws Exception {
        write("Lake Chad basin", "TCD");
        SignedIn admin = as(Role.ADMIN);
        admin.postForm("/admin/taxonomy/place", form("lake-chad", "Lake Chad", "region", "", ""), true);
        admin.get("/admin/taxonomy/place/lake-chad");

        admin.postForm("/admin/taxonomy/place/TCD/delete", Map.of(), true);
        assertThat(admin.get("/admin/taxonomy/place/TCD").body()).contains("Chad stays: 1 publications are in it.");
        admin.postForm("/admin/taxonomy/place/lake-chad/delete", Map.of(), true);

        assertThat(admin.get("/admin/taxonomy/place").body()).contains("Removed Lake Chad (lake-chad).");
        assertThat(gazetteer.find("lake-chad")).isEmpty();
        assertThat(gazetteer.find("TCD")).isPresent();
        assertThat(admin.get("/admin/taxonomy/place/lake-chad").statusCode()).isEqualTo(404);
    }

    @Test
    void followsAChangeAnotherNodeMadeInTheStoreWithoutARestart() throws Exception {
        store.save(new Place(
                "kivu", "<script>alert('Kivu')</script>", Place.Kind.REGION, List.of("great-lakes"), List.of()));

        await().atMost(Duration.ofSeconds(5)).until(() -> gazetteer.find("kivu").isPresent());
        assertThat(SignedIn.anonymous(port).get("/places/kivu").body())
                .contains("&lt;script&gt;alert('Kivu')&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(store.delete("kivu")).isTrue();
    }

    private long bissauPublications() {
        return store.publicationCounts().getOrDefault("GNB", 0L);
    }

    private long changedAt(String id) {
        return db.select(PUBLICATION.CHANGED_AT)
                .from(PUBLICATION)
                .where(PUBLICATION.ID.eq(id))
                .fetchOne(PUBLICATION.CHANGED_AT);
    }

    private String write(String title, String place) {
        WriteResult r = catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                        .status(Status.PUBLISHED)
                        .title(title)
                        .places(List.of(place))
                        .date(PublicationDate.parse("2024-01-01"))
                        .sourceId("test:" + title)
                        .build()))))
                .get(0);
        return ((WriteResult.Written) r).changes().get(0).publicationId();
    }

    private static Map<String, String> form(String code, String name, String kind, String parents, String aliases) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", name);
        form.put("kind", kind);
        form.put("parents", parents);
        form.put("aliases", aliases);
        return form;
    }
}
