package org.dossier.app.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for feeds, metadata, sitemaps and OAI-PMH: {@code dossier.site.url} when set, as it must be
 * on a public site. Without it, the address the request came to only when that is this machine (localhost, as in
 * the demo); otherwise this machine's own address — never a host a request names, which anyone can forge.
 */
@Component
public class SiteUrls {
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0:0:0:0:0:0:0:1");

    private final String configured;

    SiteUrls(@Value("${dossier.site.url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
    }

    /** Whether the site's public address is set; without it, addresses name this machine. */
    public boolean configured() {
        return !configured.isEmpty();
    }

    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        if (THIS_MACHINE.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + request.getLocalPort() + request.getContextPath();
    }

    public String of(String path) {
        return base() + path;
    }
}
