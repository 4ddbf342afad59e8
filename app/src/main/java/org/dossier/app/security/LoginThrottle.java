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
import java.util.Map;
import java.util.UUID;
import org.dossier.account.BackOff;
import org.dossier.account.SignInFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing down without locking anyone out (OWASP's exponential back-off): an account tried from
 * one address gets {@value #FREE_PER_PAIR} free failures, then each failure doubles the wait before that account
 * may be tried from that address again, up to a minute; an address gets {@value #FREE_PER_ADDRESS} free failures
 * over all accounts, then the same. During a wait a sign-in is refused without checking the password, and told
 * how long to wait. The owner of an account tried from elsewhere, and every other account, sign in as usual, and a
 * signed-in session is never touched. An attempt is counted as a failure before its password is checked, and
 * forgiven when it succeeds (with its account-and-address failures), one decision at a time in the store — so
 * every node counts failures together, and attempts made at once cannot all pass ({@link #WINDOW} of them kept). Each failure and refusal is logged,
 * and admins see them on {@code /admin/sign-ins}. The address is the client's, as Tomcat reads it: forwarded
 * headers count only from the proxies {@code server.tomcat.remoteip.internal-proxies} names.
 */
@Component
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
    static final int FREE_PER_PAIR = 3;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final BackOff PER_PAIR = new BackOff(FREE_PER_PAIR, Duration.ofSeconds(1), Duration.ofMinutes(1));
    static final BackOff PER_ADDRESS = new BackOff(FREE_PER_ADDRESS, Duration.ofSeconds(1), Duration.ofMinutes(1));
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String ATTEMPT = LoginThrottle.class.getName() + ".attempt";
    private static final int MAX_USERNAME = 200;

    private final SignInFailures failures;
    private final SavedRequestAwareAuthenticationSuccessHandler success =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final Clock clock;

    LoginThrottle(SignInFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
        success.setRequestCache(SecurityConfiguration.PAGE_ASKED);
    }

    /**
     * Lets a sign-in be checked only when neither its account and address nor its address must wait, counting it as
     * a failure until it succeeds (one decision at a time over every node: attempts made at once cannot all pass);
     * refuses it unchecked otherwise.
     */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getMethod().equals("POST")
                        && request.getServletPath().equals("/login")) {
                    String attempt = UUID.randomUUID().toString();
                    Instant now = clock.instant();
                    Duration wait = failures.claim(
                            attempt,
                            Map.of(pairKey(request), PER_PAIR, addressKey(request), PER_ADDRESS),
                            now,
                            now.minus(WINDOW));
                    if (!wait.isZero()) {
                        log.warn(
                                "sign-in for '{}' from {} refused unchecked: {} s of back-off left",
                                username(request),
                                request.getRemoteAddr(),
                                seconds(wait));
                        response.sendRedirect("/login?throttled=" + seconds(wait));
                        return;
                    }
                    request.setAttribute(ATTEMPT, attempt);
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        Duration wait = backOff(request);
        log.info(
                "sign-in failed for '{}' from {}{}",
                username(request),
                request.getRemoteAddr(),
                wait.isZero() ? "" : "; next attempt in " + seconds(wait) + " s");
        response.sendRedirect(wait.isZero() ? "/login?error" : "/login?error&throttled=" + seconds(wait));
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        failures.succeeded((String) request.getAttribute(ATTEMPT), pairKey(request));
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private Duration backOff(HttpServletRequest request) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        SignInFailures.Tally pair = failures.tally(pairKey(request), since);
        SignInFailures.Tally address = failures.tally(addressKey(request), since);
        Duration forPair = PER_PAIR.remaining(pair.count(), pair.latest(), now);
        Duration forAddress = PER_ADDRESS.remaining(address.count(), address.latest(), now);
        return forPair.compareTo(forAddress) >= 0 ? forPair : forAddress;
    }

    /** A key's failures as admins see them: the account tried (none for an address's key), from where, how often, the wait now. */
    static SignInsPage.Row row(SignInFailures.Tally t, Instant now) {
        boolean pair = t.key().startsWith("pair:");
        String rest = t.key().substring(t.key().indexOf(':') + 1);
        int bar = rest.lastIndexOf('|');
        Duration wait = (pair ? PER_PAIR : PER_ADDRESS).remaining(t.count(), t.latest(), now);
        return new SignInsPage.Row(
                pair ? rest.substring(0, bar) : null,
                pair ? rest.substring(bar + 1) : rest,
                t.count(),
                t.latest(),
                seconds(wait));
    }

    /** Whole seconds, rounded up: a wait of 0.2 s is one of 1 s. */
    private static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    /** The username as typed, normalised as accounts are, cut short, and without anything that could forge a log line. */
    static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        String key = username == null
                ? ""
                : username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }

    static String pairKey(HttpServletRequest request) {
        return "pair:" + username(request) + "|" + request.getRemoteAddr();
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }
}
