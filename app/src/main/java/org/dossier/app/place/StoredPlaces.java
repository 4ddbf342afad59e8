package org.dossier.app.place;

import org.dossier.place.Gazetteer;
import org.dossier.place.PlaceStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gazetteer everyone uses, read from the store, and read again when the places there change — by an
 * admin here, or on another node (the outbox indexer asks before each round, so the index is built with
 * the current places and every serving node notices within a fraction of a second).
 */
@Configuration
public class StoredPlaces {
    private final PlaceStore store;
    private final Gazetteer gazetteer;
    private String version;

    StoredPlaces(PlaceStore store) {
        this.store = store;
        this.version = store.version();
        this.gazetteer = Gazetteer.of(store.all());
    }

    @Bean
    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Reads the places again if they changed in the store since they were last read; true if they had. */
    public synchronized boolean refresh() {
        String now = store.version();
        if (now.equals(version)) {
            return false;
        }
        gazetteer.replace(store.all());
        version = now;
        return true;
    }
}
