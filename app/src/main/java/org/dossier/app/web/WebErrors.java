package org.dossier.app.web;

import org.dossier.app.shared.NotFoundException;
import org.dossier.app.site.SiteName;
import org.dossier.field.FieldException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors on the site's pages, as pages that say what went wrong and lead back. */
@ControllerAdvice(
        basePackages = {
            "org.dossier.app.web",
            "org.dossier.app.taxonomy",
            "org.dossier.app.readinglist",
            "org.dossier.app.alert"
        })
class WebErrors {
    private final SiteName siteName;

    WebErrors(SiteName siteName) {
        this.siteName = siteName;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("page", new ErrorPage(404, "Not found", e.getMessage()));
        model.addAttribute(SiteName.ATTRIBUTE, siteName.current());
        return "error";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(FieldException e, Model model) {
        model.addAttribute(
                "page",
                new ErrorPage(400, "That search cannot be run", "The " + e.field() + " " + e.getMessage() + "."));
        model.addAttribute(SiteName.ATTRIBUTE, siteName.current());
        return "error";
    }
}
