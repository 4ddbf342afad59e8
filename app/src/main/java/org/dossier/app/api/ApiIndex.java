package org.dossier.app.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the API starts; the site's root leads there until the web pages exist. */
@RestController
@ConditionalOnWebApplication
class ApiIndex {

    @GetMapping("/")
    ResponseEntity<Void> root() {
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/api").build();
    }

    @GetMapping("/api")
    Map<String, String> index() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("publications", "/api/publications?page=1&size=20");
        links.put("publication", "/api/publications/{id}");
        links.put("health", "/actuator/health");
        return links;
    }
}
