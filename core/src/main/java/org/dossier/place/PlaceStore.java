package org.dossier.place;

import java.util.List;
import java.util.Map;

/**
 * The places in the store, the truth the {@link Gazetteer} is read from. Admins add and change them; a
 * change to a place changes what every publication in it (or in a place within it) is filed under, so
 * those publications count as changed too — for the search index and for harvesters.
 */
public interface PlaceStore {

    List<Place> all();

    /** Changes whenever the places do: when it differs from the one last read, read them again. */
    String version();

    /**
     * Adds the place, or replaces the one with its code (name, kind, parents, other names), and marks the
     * publications in it or in a place within it as changed, in one transaction. Returns how many.
     */
    int save(Place place);

    /** Removes a place that no publication is in and no place lies in; false otherwise. */
    boolean delete(String code);

    /** How many publications name each place (only places some publication names). */
    Map<String, Long> publicationCounts();
}
