package org.dossier.app.site;

import java.nio.charset.StandardCharsets;
import org.dossier.app.overview.RegionHighlights;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The part of the style that comes from the store ({@code /site.css}): the map's region highlights. Browsers ask
 * again each time and get "not modified" until it changes.
 */
@RestController
@ConditionalOnWebApplication
class SiteStylesheet {
    private final RegionHighlights regions;

    SiteStylesheet(RegionHighlights regions) {
        this.regions = regions;
    }

    @GetMapping(path = "/site.css", produces = "text/css")
    ResponseEntity<String> stylesheet(WebRequest request) {
        String css = "/* This institute's look and the map's regions, from the site's settings and places. */\n"
                + regions.css();
        String etag = "\"" + DigestUtils.md5DigestAsHex(css.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .eTag(etag)
                .body(css);
    }
}
