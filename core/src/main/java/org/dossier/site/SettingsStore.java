package org.dossier.site;

import java.util.Map;

/** Settings by name, as the store keeps them; a setting not there has its configured default. */
public interface SettingsStore {

    Map<String, String> read();

    /** Writes these settings, all or none. */
    void write(Map<String, String> settings);
}
