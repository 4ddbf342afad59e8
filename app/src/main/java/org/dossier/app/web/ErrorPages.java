package org.dossier.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.dossier.app.site.SiteName;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's page for errors no controller answered (an address that leads nowhere, a refused method, a
 * failure): it says in words what happened and leads back, and shows no exception, message or path.
 */
@Component
@ConditionalOnWebApplication
class ErrorPages implements ErrorViewResolver {
    private final SiteName siteName;

    ErrorPages(SiteName siteName) {
        this.siteName = siteName;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ErrorPage page = switch (status.value()) {
            case 404 -> new ErrorPage(404, "Not found", "There is no page at this address.");
            case 400 -> new ErrorPage(400, "Bad request", "This address, or what was sent to it, cannot be read.");
            case 401, 403 ->
                new ErrorPage(status.value(), "Not allowed", "You may not see or do this, or not without signing in.");
            case 405 -> new ErrorPage(405, "Not allowed", "This address cannot be used that way.");
            default ->
                status.is4xxClientError()
                        ? new ErrorPage(status.value(), "Cannot do that", "The request cannot be answered as it is.")
                        : new ErrorPage(
                                status.value(),
                                "Something went wrong",
                                "Dossier could not answer this request. Try again in a moment.");
        };
        return new ModelAndView("error", Map.of("page", page, SiteName.ATTRIBUTE, siteName.current()), status);
    }
}
