package org.dossier.app.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.app.shared.InvalidForm;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Status;
import org.dossier.site.SiteSettings;
import org.springframework.stereotype.Service;

/** Saving the site's settings: checked field by field (nothing saved unless all can be), and audited with what changed. */
@Service
class SettingsChanges {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Site site;
    private final Accounts accounts;
    private final Catalog catalog;
    private final Clock clock;

    SettingsChanges(Site site, Accounts accounts, Catalog catalog, Clock clock) {
        this.site = site;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Saves them; returns the names of the settings that changed. */
    List<String> save(SiteSettings wanted, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (wanted.name().isEmpty() || wanted.name().length() > 100) {
            errors.put("name", "a name has 1 to 100 characters");
        }
        if (wanted.publisher().length() > 200) {
            errors.put("publisher", "at most 200 characters");
        }
        if (!wanted.adminEmail().isEmpty()
                && (wanted.adminEmail().length() > 200
                        || !EMAIL.matcher(wanted.adminEmail()).matches())) {
            errors.put("adminEmail", "an e-mail address such as library@institute.org, or nothing");
        }
        if (wanted.disclaimer().length() > 2000) {
            errors.put("disclaimer", "at most 2,000 characters");
        }
        String accent = AccentColour.problem(wanted.accentColour());
        if (accent != null) {
            errors.put("accentColour", accent);
        }
        if (!wanted.featured().isEmpty()) {
            var featured = catalog.findByIdOrPath(wanted.featured());
            if (featured.isEmpty() || featured.get().status() != Status.PUBLISHED) {
                errors.put("featured", "the id or address of a published publication, or nothing for the newest");
            } else {
                wanted = wanted.withFeatured(featured.get().id());
            }
        }
        if (!wanted.topicConfidence().isEmpty() && !wanted.topicConfidence().matches("[1-9]\\d?")) {
            errors.put(
                    "topicConfidence",
                    "a whole number from 1 to 99, or nothing for " + SiteSettings.DEFAULT_TOPIC_CONFIDENCE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        SiteSettings before = site.settings();
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(wanted.name())) {
            changed.add("name");
        }
        if (!before.publisher().equals(wanted.publisher())) {
            changed.add("publisher");
        }
        if (!before.adminEmail().equals(wanted.adminEmail())) {
            changed.add("admin e-mail");
        }
        if (!before.disclaimer().equals(wanted.disclaimer())) {
            changed.add("disclaimer");
        }
        if (!before.accentColour().equals(wanted.accentColour())) {
            changed.add("accent colour");
        }
        if (!before.featured().equals(wanted.featured())) {
            changed.add("featured publication");
        }
        if (!before.topicConfidence().equals(wanted.topicConfidence())) {
            changed.add("topic suggestions' confidence");
        }
        if (!before.autoApplyPlaces().equals(wanted.autoApplyPlaces())) {
            changed.add("places applied automatically");
        }
        if (!changed.isEmpty()) {
            site.save(wanted);
            accounts.record(new AuditEvent(
                    clock.instant(),
                    actor,
                    "changed settings",
                    String.join(", ", changed),
                    before.name().equals(wanted.name()) ? null : before.name() + " → " + wanted.name()));
        }
        return changed;
    }
}
