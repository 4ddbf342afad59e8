package org.dossier.app.web;

import java.util.List;
import org.dossier.app.overview.Glance;
import org.dossier.publication.Publication;

/**
 * What the home page shows: how many publications, the featured one (null when there is none) and the latest
 * others, topics and regions to browse, and while the
 * search index is still being built, a notice saying so (then the count is not shown, being incomplete).
 */
public record HomePage(
        long total,
        Publication featured,
        List<Publication> latest,
        List<ListPage.FacetLink> topics,
        List<ListPage.FacetLink> regions,
        String loading,
        Glance glance) {}
