package org.dossier.related;

import java.util.List;

/** A related publication as shown: its score, whether an editor pinned it, and why it is there. */
public record RelatedItem(String id, double score, boolean pinned, List<String> reasons) {

    public RelatedItem {
        reasons = List.copyOf(reasons);
    }
}
