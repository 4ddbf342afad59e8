package org.dossier.app.site;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.InvalidForm;
import org.dossier.site.SiteLogo;
import org.dossier.site.SiteSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' settings page ({@code /admin/settings}): the site's name, publisher, admin address, default disclaimer,
 * and its look: accent colour, featured publication and logo.
 */
@Controller
@ConditionalOnWebApplication
class SettingsController {
    private final Site site;
    private final SettingsChanges changes;
    private final SiteLogo logo;

    SettingsController(Site site, SettingsChanges changes, SiteLogo logo) {
        this.site = site;
        this.changes = changes;
        this.logo = logo;
    }

    @GetMapping("/admin/settings")
    String settings(Principal me, CsrfToken csrf, Model model) {
        model.addAttribute(
                "page",
                new SettingsPage(
                        me.getName(),
                        Csrf.of(csrf),
                        site.settings(),
                        Map.of(),
                        (String) model.getAttribute("done"),
                        SettingsPage.unset(site.settings()),
                        logoAddress(),
                        (String) model.getAttribute("logoError")));
        return "admin/settings";
    }

    private String logoAddress() {
        return logo.version().map(v -> "/site/logo?v=" + v).orElse(null);
    }

    @PostMapping("/admin/settings")
    String save(
            @ModelAttribute SiteSettings wanted,
            Principal me,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            List<String> changed = changes.save(wanted, me.getName());
            redirect.addFlashAttribute(
                    "done", changed.isEmpty() ? "Nothing changed." : "Saved: " + String.join(", ", changed) + ".");
            return "redirect:/admin/settings";
        } catch (InvalidForm e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "page",
                    new SettingsPage(
                            me.getName(),
                            Csrf.of(csrf),
                            wanted,
                            e.errors(),
                            null,
                            SettingsPage.unset(site.settings()),
                            logoAddress(),
                            null));
            return "admin/settings";
        }
    }
}
