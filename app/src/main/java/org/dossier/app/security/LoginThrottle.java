package org.dossier.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * 15 minutes old. A successful sign-in clears the username's failures. Kept in memory: per node, reset by
 * a restart.
 */
@Component
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
    static final int PER_USERNAME = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final AuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final Clock clock;

    LoginThrottle(Clock clock) {
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
        add(userKey(request), now);
        add(addressKey(request), now);
        response.sendRedirect(throttled(request) ? "/login?throttled" : "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        failures.remove(userKey(request));
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private boolean throttled(HttpServletRequest request) {
        return recent(userKey(request)) >= PER_USERNAME || recent(addressKey(request)) >= PER_ADDRESS;
    }

    private void add(String key, Instant at) {
        if (failures.size() > 10_000) {
            failures.keySet().removeIf(k -> recent(k) == 0);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static String userKey(HttpServletRequest request) {
        String username = request.getParameter("username");
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }
}
