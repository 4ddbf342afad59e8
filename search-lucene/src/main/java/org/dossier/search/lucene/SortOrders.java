package org.dossier.search.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.dossier.search.SortOrder;

/** The Lucene sorts of the orders a reader can choose; every one ends with the id, for stable paging. */
final class SortOrders {
    private SortOrders() {}

    static Sort of(SortOrder order) {
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case NEWEST -> new Sort(date(true), id);
            case OLDEST -> new Sort(date(false), id);
            case TITLE -> new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING), id);
        };
    }

    /** By date; publications without one come last either way. */
    private static SortField date(boolean newestFirst) {
        SortField f = new SortField(Fields.DATE_SORT, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }
}
