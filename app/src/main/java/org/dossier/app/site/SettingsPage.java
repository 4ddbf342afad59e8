package org.dossier.app.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.app.security.Csrf;
import org.dossier.site.SiteSettings;

/**
 * The settings page: the settings as shown in the form, what was wrong (by field), the notice after a save, what
 * the saved settings leave unsaid (no publisher, no address for harvesters), and the logo's address (null: none)
 * with what was wrong with the last one uploaded.
 */
public record SettingsPage(
        String me,
        Csrf csrf,
        SiteSettings settings,
        Map<String, String> errors,
        String done,
        List<String> unset,
        String logo,
        String logoError) {
    public String error(String field) {
        return errors.get(field);
    }

    /** What readers and harvesters miss while these settings are empty. */
    static List<String> unset(SiteSettings saved) {
        List<String> unset = new ArrayList<>();
        if (saved.publisher().isEmpty()) {
            unset.add(
                    "No publisher is set: references, Google Scholar tags, schema.org metadata and harvested records name no "
                            + "publisher until you name your institute below.");
        }
        if (saved.adminEmail().isEmpty()) {
            unset.add(
                    "No address for harvesters is set: OAI-PMH gives them a made-up webmaster address until you give one below.");
        }
        return unset;
    }
}
