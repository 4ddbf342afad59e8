package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.app.web.SeededSite;
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
class OpenApiTest extends SeededSite {
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

        SearchPage all = search(publications, null, null, null, null, null, null);
        SearchPage commentary =
                search(publications, "mali", List.of("Analysis and Commentary"), "2020", "oldest", 1, 2);
        SearchPage briefs =
                search(publications, "\"elected regional councils\"", List.of("Peace Brief"), null, null, null, null);
        Publication brief = publications.getPublication(briefs.getItems().get(0).getId());

        assertThat(all.getTotal()).isEqualTo(catalog.count());
        assertThat(commentary.getTotal()).isEqualTo(3);
        assertThat(commentary.getItems()).extracting(SearchHit::getDate).containsExactly("2020-09-21", "2021-03-11");
        assertThat(commentary.getNext()).contains("page=2");
        assertThat(briefs.getTotal()).isEqualTo(1);
        assertThat(brief.getTitle())
                .isEqualTo("Untitled Peace Brief by Nadia Okafor (from peace-brief-mali-decentralisation.txt)");
        assertThat(brief.getAuthors()).extracting(a -> a.getName()).containsExactly("Nadia Okafor");
        assertThat(new TaxonomyApi(client).listTopics()).isNotEmpty();
        assertThat(new CitationsApi(client).getCitation(brief.getId(), "ris"))
                .content()
                .contains("TI  - Untitled Peace Brief by Nadia Okafor");
    }

    @Test
    void aGeneratedClientReadsTheApisErrors() {
        PublicationsApi publications = new PublicationsApi(client());

        ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.class, () -> publications.getPublication("nope"));
        ApiException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.class, () -> search(publications, null, null, "May 2013", null, null, null));

        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(wrong.getCode()).isEqualTo(400);
        assertThat(wrong.getResponseBody()).contains("\"parameter\":\"from\"");
    }

    /** A search through the generated client, with the parameters these tests use (the others left out). */
    private static SearchPage search(
            PublicationsApi api, String q, List<String> types, String from, String sort, Integer page, Integer size)
            throws ApiException {
        return api.listPublications(
                q, types, null, null, null, null, null, null, null, null, from, null, sort, page, size, null);
    }

    /** The body of a 200 answer to a GET of this path. */
    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client;
    }
}
