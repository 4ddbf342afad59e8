package org.dossier.app.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.overview.Glances;
import org.dossier.app.search.IndexProgress;
import org.dossier.app.shared.Links;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the search box, the latest publications, the archive at a glance, topics and regions to browse. */
@Controller
@ConditionalOnWebApplication
class HomeController {
    private static final int LATEST = 6;
    private static final int BROWSE = 16;

    private final Listings listings;
    private final IndexProgress progress;
    private final Glances glances;

    HomeController(Listings listings, IndexProgress progress, Glances glances) {
        this.listings = listings;
        this.progress = progress;
        this.glances = glances;
    }

    @GetMapping("/")
    String home(Model model) {
        SearchRequest newest = SearchRequest.parse(Map.of("size", List.of(String.valueOf(LATEST))));
        SearchRequest everything = SearchRequest.parse(Map.of());
        Listing listing = listings.search(newest, EnumSet.of(Facet.TOPIC, Facet.REGION), BROWSE);
        model.addAttribute(
                "page",
                new HomePage(
                        listing.total(),
                        listing.items().stream().map(Listing.Item::publication).toList(),
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
