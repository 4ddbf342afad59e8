package org.dossier.app.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's name for the page layout (header, title, footer): every page shows it, but the pages' own
 * models do not carry it, so it travels with the request.
 */
@Component
@ConditionalOnWebApplication
public class SiteName extends OncePerRequestFilter {
    private static final String ATTRIBUTE = SiteName.class.getName();
    private static final String DEFAULT = "Dossier";

    private final Site site;

    SiteName(Site site) {
        this.site = site;
    }

    /** The name of the site serving the current request. */
    public static String current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object name = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return name instanceof String s ? s : DEFAULT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, site.settings().name());
        chain.doFilter(request, response);
    }
}
