package org.dossier.app.site;

import java.time.Clock;
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
    private static final long FRESH_MILLIS = 1_000;

    private final SettingsStore store;
    private final SiteSettings configured;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(SiteSettings settings, long at) {}

    Site(
            SettingsStore store,
            Clock clock,
            @Value("${dossier.site.name:Dossier}") String name,
            @Value("${dossier.site.publisher:}") String publisher,
            @Value("${dossier.site.admin-email:}") String adminEmail,
            @Value("${dossier.site.disclaimer:}") String disclaimer) {
        this.store = store;
        this.clock = clock;
        this.configured = new SiteSettings(name, publisher, adminEmail, disclaimer, "", "", "", false);
    }

    public SiteSettings settings() {
        Loaded known = loaded;
        long now = clock.millis();
        if (known == null || now < known.at() || now - known.at() > FRESH_MILLIS) {
            Map<String, String> saved = store.read();
            known = new Loaded(
                    new SiteSettings(
                            saved.getOrDefault("name", configured.name()),
                            saved.getOrDefault("publisher", configured.publisher()),
                            saved.getOrDefault("admin_email", configured.adminEmail()),
                            saved.getOrDefault("disclaimer", configured.disclaimer()),
                            saved.getOrDefault("accent_colour", ""),
                            saved.getOrDefault("featured", ""),
                            saved.getOrDefault("topic_confidence", ""),
                            "true".equals(saved.get("auto_apply_places"))),
                    now);
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
        values.put("accent_colour", settings.accentColour());
        values.put("featured", settings.featured());
        values.put("topic_confidence", settings.topicConfidence());
        values.put("auto_apply_places", String.valueOf(settings.autoApplyPlaces()));
        store.write(values);
        loaded = new Loaded(settings, clock.millis());
    }
}
