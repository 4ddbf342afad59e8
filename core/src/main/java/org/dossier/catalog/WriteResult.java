package org.dossier.catalog;

import java.util.List;

/** What became of one unit: the publications it changed, or why it failed. */
public sealed interface WriteResult {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    record Change(String publicationId, Outcome outcome) {}

    record Written(List<Change> changes) implements WriteResult {}

    record Failed(String field, String message) implements WriteResult {}
}
