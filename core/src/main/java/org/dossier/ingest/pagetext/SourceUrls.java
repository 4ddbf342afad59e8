package org.dossier.ingest.pagetext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A page's URL as an identity: scheme and host lower-cased, no fragment, no trailing slash. */
final class SourceUrls {
    private SourceUrls() {}

    static String normalize(String url) {
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                throw new IllegalArgumentException("'" + url + "' is not an absolute URL");
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() > 0 ? ":" + u.getPort() : "") + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason(), e);
        }
    }

    /** The last segment of the URL's path, as a slug: the institute's own URL name is kept. */
    static String lastSegment(String url) {
        String path = URI.create(url.strip()).getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? null : org.dossier.publication.Slugs.of(last);
    }
}
