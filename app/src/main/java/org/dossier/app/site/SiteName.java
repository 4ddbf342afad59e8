package org.dossier.app.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The site's name in every page's model, for the layout's header, title and footer. Error handlers, whose
 * models Spring starts empty, add it themselves.
 */
@ControllerAdvice
public class SiteName {
    public static final String ATTRIBUTE = "siteName";

    private final Site site;

    SiteName(Site site) {
        this.site = site;
    }

    @ModelAttribute(ATTRIBUTE)
    public String current() {
        return site.settings().name();
    }
}
