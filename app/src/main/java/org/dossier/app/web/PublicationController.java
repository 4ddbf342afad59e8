package org.dossier.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.catalog.Catalog;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/** A publication at its canonical path. */
@Controller
@ConditionalOnWebApplication
class PublicationController {
    /** The founding example shows three related cards; curated ones come first, similar ones fill the rest. */
    static final int RELATED_CARDS = 3;

    private final Catalog catalog;
    private final SearchIndex index;
    private final Gazetteer gazetteer;

    PublicationController(Catalog catalog, SearchIndex index, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.index = index;
        this.gazetteer = gazetteer;
    }

    @GetMapping({"/publications/{year:\\d{4}}/{month:\\d{2}}/{slug}", "/publications/{year:\\d{4}}/{slug}",
        "/publications/undated/{slug}"})
    String page(HttpServletRequest request, Model model) {
        String path = UriUtils.decode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8);
        Publication p = catalog.findByPath(path).orElseThrow(() -> new PageNotFoundException("No publication is at " + path));
        model.addAttribute("page", new PublicationPage(p, related(p), placeNames(p)));
        return "publication";
    }

    private List<Publication> related(Publication p) {
        List<Publication> related = new ArrayList<>(catalog.findAll(p.related()));
        if (related.size() < RELATED_CARDS) {
            List<String> similar = index.similar(p.id(), RELATED_CARDS * 2).stream()
                    .filter(id -> !id.equals(p.id()) && !p.related().contains(id)).toList();
            catalog.findAll(similar).stream().limit(RELATED_CARDS - related.size()).forEach(related::add);
        }
        return related;
    }

    private Map<String, String> placeNames(Publication p) {
        Map<String, String> names = new LinkedHashMap<>();
        p.places().forEach(code -> names.put(code, gazetteer.find(code).map(Place::name).orElse(code)));
        return names;
    }
}
