package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.client.ApiClient;
import org.dossier.client.ApiException;
import org.dossier.client.api.CitationsApi;
import org.dossier.client.api.PublicationsApi;
import org.dossier.client.api.TaxonomyApi;
import org.dossier.client.model.Publication;
import org.dossier.client.model.SearchHit;
import org.dossier.client.model.SearchPage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's OpenAPI document as tools take it: it validates against the official OpenAPI 3.1 schema, and a Java
 * client generated from it by OpenAPI Generator (from docs/openapi.json, kept equal to what is served) lists,
 * filters and fetches.
 */
class OpenApiTest extends PaxSite {
    private static final Path PUBLISHED = Path.of("..", "docs", "openapi.json");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theServedDocumentValidatesAsOpenApi31() throws Exception {
        String served = get("/api/openapi");

        JsonNode result = Validators.openApi(served);

        assertThat(json.readTree(served).get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
    }

    @Test
    void docsOpenapiJsonIsTheServedDocument() throws Exception {
        ObjectNode served = (ObjectNode) json.readTree(get("/api/openapi"));
        served.remove("servers");

        if (!served.equals(json.readTree(PUBLISHED.toFile()))) {
            Path copy = Path.of("target", "openapi-served.json");
            Files.writeString(copy, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            throw new AssertionError("/api/openapi differs from docs/openapi.json, from which the client is generated: "
                    + "if the change is meant, copy app/" + copy + " (the served document) to docs/openapi.json");
        }
    }

    @Test
    void aGeneratedClientListsFiltersAndFetches() throws Exception {
        ApiClient client = client();
        PublicationsApi publications = new PublicationsApi(client);

        SearchPage all = publications.listPublications(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        SearchPage mali = publications.listPublications(
                "mali", null, null, List.of("MLI"), null, null, null, null, null, "2013", null, "oldest", 1, 5, null);
        SearchPage briefs = publications.listPublications(
                "\"root causes\"",
                List.of("Peace Brief"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Publication brief = publications.getPublication(briefs.getItems().get(0).getId());

        assertThat(all.getTotal()).isEqualTo(catalog.count());
        assertThat(mali.getTotal()).isLessThan(all.getTotal());
        assertThat(mali.getItems())
                .hasSize(5)
                .extracting(SearchHit::getDate)
                .isSorted()
                .allMatch(date -> date.compareTo("2013") >= 0);
        assertThat(briefs.getTotal()).isEqualTo(1);
        assertThat(mali.getNext()).contains("page=2");
        assertThat(brief.getTitle()).isEqualTo("Crisis in Mali: Root Causes and Long-Term Solutions");
        assertThat(brief.getSourceUrl())
                .isEqualTo("https://www.usip.org/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions");
        assertThat(brief.getAuthors()).extracting(a -> a.getName()).containsExactly("Hannah Armstrong");
        assertThat(new TaxonomyApi(client).listTopics()).isNotEmpty();
        assertThat(new CitationsApi(client).getCitation(brief.getId(), "ris"))
                .content()
                .contains("TI  - Crisis in Mali: Root Causes and Long-Term Solutions");
    }

    @Test
    void aGeneratedClientReadsTheApisErrors() {
        PublicationsApi publications = new PublicationsApi(client());

        ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.class, () -> publications.getPublication("nope"));
        ApiException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.class,
                () -> publications.listPublications(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "May 2013",
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(wrong.getCode()).isEqualTo(400);
        assertThat(wrong.getResponseBody()).contains("\"parameter\":\"from\"");
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client;
    }
}
