package org.dossier.app.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.overview.Glances;
import org.dossier.app.search.IndexProgress;
import org.dossier.app.shared.Links;
import org.dossier.app.site.Site;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the search box, the featured publication (the admins' choice, else the newest) and the latest
 * others, the archive at a glance, topics and regions to browse.
 */
@Controller
@ConditionalOnWebApplication
class HomeController {
    private static final int LATEST = 6;
    private static final int BROWSE = 16;

    private final Listings listings;
    private final IndexProgress progress;
    private final Glances glances;
    private final ReaderCatalog catalog;
    private final Site site;

    HomeController(Listings listings, IndexProgress progress, Glances glances, ReaderCatalog catalog, Site site) {
        this.listings = listings;
        this.progress = progress;
        this.glances = glances;
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping("/")
    String home(Model model) {
        SearchRequest newest = SearchRequest.parse(Map.of("size", List.of(String.valueOf(LATEST + 1))));
        SearchRequest everything = SearchRequest.parse(Map.of());
        Listing listing = listings.search(newest, EnumSet.of(Facet.TOPIC, Facet.REGION), BROWSE);
        List<Publication> latest =
                listing.items().stream().map(Listing.Item::publication).toList();
        Publication newestOne = latest.isEmpty() ? null : latest.get(0);
        String chosen = site.settings().featured();
        Publication featured =
                chosen.isEmpty() ? newestOne : catalog.find(chosen).orElse(newestOne);
        List<Publication> rest = latest.stream()
                .filter(p -> featured == null || !p.id().equals(featured.id()))
                .limit(LATEST)
                .toList();
        model.addAttribute(
                "page",
                new HomePage(
                        listing.total(),
                        featured,
                        rest,
                        links(listing, Facet.TOPIC, true),
                        links(listing, Facet.REGION, false),
                        progress.notice().orElse(null),
                        glances.of("/publications", everything, everything, Facet.TYPE)));
        return "home";
    }

    private static List<ListPage.FacetLink> links(Listing listing, Facet facet, boolean topic) {
        return listing.facets().getOrDefault(facet, List.of()).stream()
                .map(v -> new ListPage.FacetLink(
                        v.label(), v.count(), false, topic ? Links.topic(v.value()) : Links.place(v.value())))
                .toList();
    }
}
