package org.dossier.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.dossier.account.SignInFailures;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after 5 failed sign-ins for one username, or 20 from one address, within
 * 15 minutes, further attempts are refused — without checking the password — until the oldest failure is
 * 15 minutes old. A successful sign-in clears the username's failures. Failures are kept in the store, so
 * every node of a cluster counts them together and a restart does not reset them.
 */
@Component
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
    static final int PER_USERNAME = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_USERNAME = 200;

    private final SignInFailures failures;
    private final AuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final Clock clock;

    LoginThrottle(SignInFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** Refuses a sign-in while its username or address is throttled. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getMethod().equals("POST") && request.getServletPath().equals("/login") && throttled(request)) {
                    response.sendRedirect("/login?throttled");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Instant now = clock.instant();
        failures.record(now, now.minus(WINDOW), userKey(request), addressKey(request));
        response.sendRedirect(throttled(request) ? "/login?throttled" : "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        failures.clear(userKey(request));
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private boolean throttled(HttpServletRequest request) {
        Instant since = clock.instant().minus(WINDOW);
        return failures.since(userKey(request), since) >= PER_USERNAME || failures.since(addressKey(request), since) >= PER_ADDRESS;
    }

    private static String userKey(HttpServletRequest request) {
        String username = request.getParameter("username");
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "user:" + (key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key);
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }
}
