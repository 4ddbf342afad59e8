package org.dossier.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address with a trailing slash ("/publications/2013/05/crisis-in-mali/", as links pasted from elsewhere often
 * have it) is sent on to the same address without it, for GET and HEAD, with its query: 301, so search engines
 * keep one address.
 */
@Component
@ConditionalOnWebApplication
class TrailingSlash extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && path.length() > 1 && path.endsWith("/")) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // one slash at a time, so that "//elsewhere.example/" cannot become a link to another site
            String target = path.replaceAll("/{2,}", "/").replaceAll("/+$", "");
            response.setHeader("Location", (target.isEmpty() ? "/" : target) + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
