package org.dossier.app.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.site.SettingsStore;
import org.dossier.site.SiteSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's settings as they are now: what an admin saved (in the store), else what is configured
 * ({@code dossier.site.*}). Read from the store again when a second old, so every node follows a change.
 */
@Component
public class Site {
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final SettingsStore store;
    private final SiteSettings configured;
    private volatile Loaded loaded;

    private record Loaded(SiteSettings settings, long at) {
    }

    Site(SettingsStore store, @Value("${dossier.site.name:Dossier}") String name, @Value("${dossier.site.publisher:}") String publisher,
         @Value("${dossier.site.admin-email:}") String adminEmail, @Value("${dossier.site.disclaimer:}") String disclaimer) {
        this.store = store;
        this.configured = new SiteSettings(name, publisher, adminEmail, disclaimer);
    }

    public SiteSettings settings() {
        Loaded known = loaded;
        if (known == null || System.nanoTime() - known.at() > FRESH_NANOS) {
            Map<String, String> saved = store.read();
            known = new Loaded(new SiteSettings(saved.getOrDefault("name", configured.name()), saved.getOrDefault("publisher", configured.publisher()),
                    saved.getOrDefault("admin_email", configured.adminEmail()), saved.getOrDefault("disclaimer", configured.disclaimer())),
                    System.nanoTime());
            loaded = known;
        }
        return known.settings();
    }

    void save(SiteSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", settings.name());
        values.put("publisher", settings.publisher());
        values.put("admin_email", settings.adminEmail());
        values.put("disclaimer", settings.disclaimer());
        store.write(values);
        loaded = new Loaded(settings, System.nanoTime());
    }
}
