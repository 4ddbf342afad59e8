package org.dossier.app.api;

import java.util.List;
import java.util.Optional;
import org.dossier.catalog.Catalog;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publications as JSON: a paged list, newest first, and each whole publication by id. */
@RestController
@RequestMapping("/api/publications")
class PublicationApi {
    static final int MAX_SIZE = 100;

    private final Catalog catalog;
    private final Gazetteer gazetteer;

    PublicationApi(Catalog catalog, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
    }

    @GetMapping
    PublicationViews.PageView list(@RequestParam(defaultValue = "1") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        if (page < 1) {
            throw new BadParameterException("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        long offset = (long) (page - 1) * size;
        List<PublicationViews.Summary> items = offset > Integer.MAX_VALUE ? List.of()
                : catalog.list((int) offset, size).stream().map(PublicationViews.Summary::of).toList();
        return new PublicationViews.PageView(catalog.count(), page, size, items);
    }

    @GetMapping("/{id}")
    PublicationViews.Full one(@PathVariable String id) {
        Publication p = catalog.find(id).orElseThrow(() -> new NotFoundException("no publication has the id " + id));
        List<Publication> related = p.related().stream().map(catalog::find).flatMap(Optional::stream).toList();
        return PublicationViews.Full.of(p, related, gazetteer);
    }
}
