package org.dossier.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.shared.NotFoundException;
import org.dossier.publication.Publication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/** A publication at its canonical path. */
@Controller
@ConditionalOnWebApplication
class PublicationController {
    private final ReaderCatalog catalog;
    private final PublicationPages pages;

    PublicationController(ReaderCatalog catalog, PublicationPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping({
        "/publications/{year:\\d{4}}/{month:\\d{2}}/{slug}",
        "/publications/{year:\\d{4}}/{slug}",
        "/publications/undated/{slug}"
    })
    String page(HttpServletRequest request, Model model) {
        String path = UriUtils.decode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8);
        Publication p =
                catalog.findByPath(path).orElseThrow(() -> new NotFoundException("No publication is at " + path));
        model.addAttribute("page", pages.of(p));
        return "publication";
    }
}
