package org.dossier.app.browse;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * The store as readers see it: only the publications they may see now — published (or needing review),
 * and past any embargo ({@link Publication#visibleAt}). Every page, API answer, feed and export for
 * readers reads publications through here (or through the search index, which holds only these).
 */
@Component
public class ReaderCatalog {
    private final Catalog catalog;
    private final Clock clock;

    ReaderCatalog(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Optional<Publication> find(String id) {
        return catalog.find(id).filter(this::visible);
    }

    public Optional<Publication> findByPath(String path) {
        return catalog.findByPath(path).filter(this::visible);
    }

    /** Like {@link Catalog#findByIdOrPath}, when readers may see it. */
    public Optional<Publication> findByIdOrPath(String name) {
        return catalog.findByIdOrPath(name).filter(this::visible);
    }

    /** Like {@link Catalog#findSummaries}, leaving out those readers may not see. */
    public List<Publication> findSummaries(Collection<String> ids) {
        return catalog.findSummaries(ids).stream().filter(this::visible).toList();
    }

    /** Like {@link Catalog#findAll}, leaving out those readers may not see. */
    public List<Publication> findAll(Collection<String> ids) {
        return catalog.findAll(ids).stream().filter(this::visible).toList();
    }

    /** The visible publications that list this one among their curated related publications. */
    public Set<String> linkingTo(String id) {
        return findSummaries(catalog.linkingTo(id)).stream()
                .map(Publication::id)
                .collect(Collectors.toSet());
    }

    /** The other publications of its translation family (the original and the translations) readers may see. */
    public List<Publication> translations(Publication p) {
        List<String> family = new java.util.ArrayList<>(catalog.translationFamily(p.translationFamily()));
        family.remove(p.id());
        return findSummaries(family);
    }

    /** How this publication belongs with others readers may see, both ways ({@link #connections(Collection)}). */
    public List<Connection> connections(Publication p) {
        return connections(List.of(p)).getOrDefault(p.id(), List.of());
    }

    /**
     * How each of these publications belongs with others readers may see: first what it says of them, in its
     * order, then what they say of it (what supersedes it, its parts …); by the publication's id.
     */
    public Map<String, List<Connection>> connections(Collection<Publication> publications) {
        return Connection.of(publications, catalog, this::findSummaries);
    }

    /** A series: the numbers of the publications readers may see in it, in order, and the gaps between them. */
    public Series series(String name) {
        List<Catalog.Numbered> numbered = catalog.numberedIn(name);
        Map<String, Publication> visible = findSummaries(
                        numbered.stream().map(Catalog.Numbered::id).toList())
                .stream()
                .collect(Collectors.toMap(Publication::id, p -> p));
        return Series.of(name, numbered, visible);
    }

    /** People by id; readers are shown only those of a publication they may see ({@link Listings#count}). */
    public java.util.Map<String, org.dossier.publication.Person> people(Collection<String> ids) {
        return catalog.people(ids);
    }

    private boolean visible(Publication p) {
        return p.visibleAt(clock.instant());
    }
}
