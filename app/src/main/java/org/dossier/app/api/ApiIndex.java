package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the API starts: links to its parts. */
@RestController
@ConditionalOnWebApplication
class ApiIndex {

    @GetMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "api")
    @Operation(operationId = "apiIndex", summary = "Links to the parts of the API")
    Map<String, String> index() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("publications", "/api/publications?page=1&size=20");
        links.put("publication", "/api/publications/{id}");
        links.put(
                "search",
                "/api/publications?q={words}&type={type}&topic={topic}&country={ISO3}&region={region}&author={id}&year={yyyy}&sort={relevance|newest|oldest|title}");
        links.put("people", "/api/people/{id}");
        links.put("topics", "/api/topics");
        links.put("places", "/api/places");
        links.put("suggest", "/api/suggest?q={prefix}");
        links.put("openapi", "/api/openapi");
        links.put("health", "/actuator/health");
        return links;
    }
}
