package org.dossier.app.meta;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.app.shared.SiteUrls;
import org.dossier.catalog.Catalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}: one sitemap of every publication, or past 50,000 addresses
 * (the sitemaps.org limit) a sitemap index of parts {@code /sitemaps/1.xml}, {@code /sitemaps/2.xml} …
 */
@RestController
@ConditionalOnWebApplication
class SitemapController {
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final List<String> PAGES = List.of("/", "/publications");

    private final Catalog catalog;
    private final SiteUrls urls;
    private final int perSitemap;
    private final Clock clock;

    SitemapController(
            Catalog catalog, SiteUrls urls, @Value("${dossier.sitemap.max-urls:50000}") int perSitemap, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.urls = urls;
        this.perSitemap = perSitemap;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: " + urls.of("/sitemap.xml") + "\n";
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        long addresses = catalog.countVisible(clock.instant()) + PAGES.size();
        if (addresses <= perSitemap) {
            return xml(urlset(0));
        }
        StringBuilder s =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
        for (long part = 1; (part - 1) * perSitemap < addresses; part++) {
            s.append("<sitemap><loc>")
                    .append(escape(urls.of("/sitemaps/" + part + ".xml")))
                    .append("</loc></sitemap>\n");
        }
        return xml(s.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemaps/{part}.xml")
    ResponseEntity<String> part(@PathVariable int part) {
        long addresses = catalog.countVisible(clock.instant()) + PAGES.size();
        if (part < 1 || (long) (part - 1) * perSitemap >= addresses) {
            return ResponseEntity.notFound().build();
        }
        return xml(urlset(part - 1));
    }

    /** The addresses of one part: the site's own pages first, then publications in creation order. */
    private String urlset(int index) {
        StringBuilder s =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
        long first = (long) index * perSitemap;
        int room = perSitemap;
        if (first < PAGES.size()) {
            for (String page : PAGES.subList((int) first, PAGES.size())) {
                s.append("<url><loc>").append(escape(urls.of(page))).append("</loc></url>\n");
                room--;
            }
        }
        int offset = (int) Math.max(0, first - PAGES.size());
        for (Catalog.PathStamp p : catalog.paths(clock.instant(), offset, room)) {
            s.append("<url><loc>")
                    .append(escape(urls.of(p.path())))
                    .append("</loc><lastmod>")
                    .append(p.updated().truncatedTo(ChronoUnit.SECONDS))
                    .append("</lastmod></url>\n");
        }
        return s.append("</urlset>\n").toString();
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
