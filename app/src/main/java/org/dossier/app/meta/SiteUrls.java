package org.dossier.app.meta;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for feeds, metadata and sitemaps: {@code dossier.site.url} when set (behind a proxy),
 * else the address the request came to.
 */
@Component
public class SiteUrls {
    private final String configured;

    SiteUrls(@Value("${dossier.site.url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
    }

    public String base() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
    }

    public String of(String path) {
        return base() + path;
    }
}
