package org.dossier.app.taxonomy;

import java.util.List;
import org.dossier.app.security.Csrf;
import org.dossier.catalog.Vocabulary;

/** The taxonomy page: one kind of term, the others as tabs, and whether terms of this kind have descriptions. */
public record TaxonomyPage(
        String me,
        Csrf csrf,
        String kind,
        List<String> kinds,
        boolean describable,
        List<Vocabulary.Term> terms,
        String done,
        String problem) {}
