package org.dossier.app.site;

import java.util.Map;
import org.dossier.app.security.Csrf;
import org.dossier.site.SiteSettings;

/** The settings page: the settings as shown in the form, what was wrong (by field), and the notice after a save. */
public record SettingsPage(String me, Csrf csrf, SiteSettings settings, Map<String, String> errors, String done) {
    public String error(String field) {
        return errors.get(field);
    }
}
