package org.dossier.app.site;

import java.nio.charset.StandardCharsets;
import org.dossier.app.overview.RegionHighlights;
import org.dossier.site.SiteLogo;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The part of the style that comes from the store ({@code /site.css}): the institute's accent colour and logo, and
 * the map's region highlights. Browsers ask again each time and get "not modified" until it changes.
 */
@RestController
@ConditionalOnWebApplication
class SiteStylesheet {
    private final RegionHighlights regions;
    private final Site site;
    private final SiteLogo logo;

    SiteStylesheet(RegionHighlights regions, Site site, SiteLogo logo) {
        this.regions = regions;
        this.site = site;
        this.logo = logo;
    }

    @GetMapping(path = "/site.css", produces = "text/css")
    ResponseEntity<String> stylesheet(WebRequest request) {
        StringBuilder css = new StringBuilder(
                "/* This institute's look and the map's regions, from the site's settings and places. */\n");
        String accent = site.settings().accentColour();
        if (AccentColour.problem(accent) == null && !accent.isEmpty()) {
            css.append(":root { --accent: ")
                    .append(accent)
                    .append("; --accent-dark: ")
                    .append(AccentColour.darker(accent))
                    .append("; }\n");
        }
        logo.version()
                .ifPresent(v -> css.append(".brand::before { content: \"\"; display: inline-block; width: 2.5rem;")
                        .append(" height: 2.5rem; margin-right: .6rem; vertical-align: middle;")
                        .append(" background: url(\"/site/logo?v=")
                        .append(v)
                        .append("\") center / contain no-repeat; }\n"));
        css.append(regions.css());
        return answer(request, css.toString());
    }

    private static ResponseEntity<String> answer(WebRequest request, String css) {
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
