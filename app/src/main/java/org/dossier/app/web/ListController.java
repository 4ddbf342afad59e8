package org.dossier.app.web;

import java.util.List;
import java.util.Map;
import org.dossier.app.alert.AlertLinks;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.browse.Series;
import org.dossier.app.overview.Glances;
import org.dossier.app.shared.Links;
import org.dossier.app.shared.NotFoundException;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Vocabulary;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Person;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All publications, and the pages of a person, a topic, a place and a collection, each a faceted list; and a series'
 * numbers in order.
 */
@Controller
@ConditionalOnWebApplication
class ListController {
    private final ListPages pages;
    private final Catalog catalog;
    private final Gazetteer gazetteer;
    private final FacetLabels labels;
    private final Vocabulary vocabulary;
    private final Listings listings;
    private final ReaderCatalog readers;
    private final AlertLinks alerts;
    private final Glances glances;

    ListController(
            ListPages pages,
            Catalog catalog,
            Gazetteer gazetteer,
            FacetLabels labels,
            Vocabulary vocabulary,
            Listings listings,
            ReaderCatalog readers,
            AlertLinks alerts,
            Glances glances) {
        this.readers = readers;
        this.alerts = alerts;
        this.glances = glances;
        this.vocabulary = vocabulary;
        this.listings = listings;
        this.pages = pages;
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.labels = labels;
    }

    @GetMapping("/publications")
    String all(@RequestParam MultiValueMap<String, String> params, Model model) {
        return show(
                model,
                pages.build(
                        "All publications",
                        null,
                        null,
                        "/publications",
                        SearchRequest.parse(params),
                        null,
                        null,
                        stackBy(params)));
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model) {
        Person person = catalog.people(List.of(id)).get(id);
        if (person == null || listings.count(Facet.AUTHOR, id) == 0) {
            throw new NotFoundException("No person has the id " + id);
        }
        String name = person.name() + (person.credentials() == null ? "" : ", " + person.credentials());
        String intro = person.bio() != null ? person.bio() : person.affiliation();
        return show(
                model,
                pages.build(
                        name,
                        "Person",
                        intro,
                        Links.person(id),
                        SearchRequest.parse(params),
                        Facet.AUTHOR,
                        id,
                        stackBy(params)));
    }

    @GetMapping("/topics/{name}")
    String topic(@PathVariable String name, @RequestParam MultiValueMap<String, String> params, Model model) {
        return termPage("Topic", Vocabulary.Kind.TOPIC, Facet.TOPIC, Links.topic(name), name, params, model);
    }

    @GetMapping("/places/{code}")
    String place(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        Place place = gazetteer.find(code).orElseThrow(() -> new NotFoundException("No place has the code " + code));
        Facet facet = place.kind() == Place.Kind.REGION ? Facet.REGION : Facet.COUNTRY;
        String within = place.parents().isEmpty()
                ? null
                : "In "
                        + String.join(
                                ", ",
                                place.parents().stream()
                                        .map(parent -> labels.label(Facet.REGION, parent))
                                        .toList())
                        + ".";
        String kind = switch (place.kind()) {
            case REGION -> "Region";
            case COUNTRY -> "Country";
            case ORGANIZATION -> "Organisation";
        };
        return show(
                model,
                pages.build(
                        place.name(),
                        kind,
                        within,
                        Links.place(code),
                        SearchRequest.parse(params),
                        facet,
                        code,
                        stackBy(params)));
    }

    @GetMapping("/collections/{name}")
    String collection(@PathVariable String name, @RequestParam MultiValueMap<String, String> params, Model model) {
        return termPage(
                "Collection",
                Vocabulary.Kind.COLLECTION,
                Facet.COLLECTION,
                Links.collection(name),
                name,
                params,
                model);
    }

    /** A series' numbers in order, with the gaps between them; 404 when readers may see none of it. */
    @GetMapping("/series/{name}")
    String series(@PathVariable String name, Model model) {
        Series series = readers.series(name);
        if (series.entries().isEmpty()) {
            throw new NotFoundException("No series is called " + name);
        }
        model.addAttribute("page", series);
        model.addAttribute("alertHref", alerts.forList(Links.series(name)));
        SearchRequest numbers = SearchRequest.parse(Map.of(Facet.SERIES.key(), List.of(name)));
        model.addAttribute("glance", glances.of("/publications", numbers, numbers, Facet.TYPE));
        return "series";
    }

    /** A topic's or collection's page: what an admin wrote about it, if anything, then its publications. */
    private String termPage(
            String label,
            Vocabulary.Kind kind,
            Facet facet,
            String link,
            String name,
            MultiValueMap<String, String> params,
            Model model) {
        String description =
                vocabulary.term(kind, name).map(Vocabulary.Term::description).orElse(null);
        return show(
                model,
                pages.build(name, label, description, link, SearchRequest.parse(params), facet, name, stackBy(params)));
    }

    private static Facet stackBy(MultiValueMap<String, String> params) {
        return Glances.stackBy(params.getFirst("stack"));
    }

    private static String show(Model model, ListPage page) {
        model.addAttribute("page", page);
        return "list";
    }
}
