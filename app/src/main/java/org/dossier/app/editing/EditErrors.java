package org.dossier.app.editing;

import jakarta.servlet.http.HttpServletResponse;
import org.dossier.app.site.SiteName;
import org.dossier.app.web.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The editing pages' refusals as pages: 403 for what the policy forbids, 404 for what is not there. */
@ControllerAdvice(assignableTypes = {EditController.class, AttachmentController.class, SuggestionQueueController.class})
class EditErrors {
    private final SiteName siteName;

    EditErrors(SiteName siteName) {
        this.siteName = siteName;
    }

    @ExceptionHandler(Editing.NotAllowed.class)
    String notAllowed(Editing.NotAllowed e, Model model, HttpServletResponse response) {
        return error(HttpStatus.FORBIDDEN, "Not allowed", "Not allowed: " + e.getMessage() + ".", model, response);
    }

    @ExceptionHandler(Editing.Missing.class)
    String missing(Editing.Missing e, Model model, HttpServletResponse response) {
        return error(HttpStatus.NOT_FOUND, "Not found", "There is " + e.getMessage() + ".", model, response);
    }

    private String error(HttpStatus status, String title, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("page", new ErrorPage(status.value(), title, message));
        model.addAttribute(SiteName.ATTRIBUTE, siteName.current());
        return "error";
    }
}
