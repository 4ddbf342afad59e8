package org.dossier.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may do what. Reading is open to everyone; {@code /admin/**} is for admins and {@code /edit/**}
 * for contributors and up (finer rules, such as a contributor editing only their own drafts, are checked
 * where the object is loaded); anyone may ask for an e-mail alert. Every form carries a CSRF token, except the
 * OAI-PMH endpoint, which harvesters may POST to and which changes nothing, and an alert's unsubscribe address,
 * which mail programs POST to with one click (RFC 8058) and whose secret token is its protection. Headers: a Content-Security-Policy that allows no
 * inline script, no framing, nosniff, and a referrer policy.
 */
@Configuration
class SecurityConfiguration {
    /** The page asked for before signing in, kept in a cookie rather than a session, to return to afterwards. */
    static final CookieRequestCache PAGE_ASKED = new CookieRequestCache();

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * An address the firewall refuses (an encoded semicolon, slash or percent sign, "..", and the like) is
     * answered 400 with what was wrong, as JSON naming the path as the parameter at fault.
     */
    @Bean
    @ConditionalOnWebApplication
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            response.setStatus(400);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(
                            "{\"error\": \"the address has characters that are not accepted (such as an encoded ; / or %)\", "
                                    + "\"parameter\": \"path\"}");
        };
    }

    /**
     * The CSRF token a form must send back lives in a cookie (HttpOnly, SameSite=Lax), not in a session: reading the
     * sign-in form, or any page, stores nothing; only signing in makes a session.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain filterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/edit/**")
                        .hasRole("CONTRIBUTOR")
                        .requestMatchers(HttpMethod.POST, "/lists", "/lists/**")
                        .hasRole("READER")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers("/login", "/logout", "/oai", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/alerts", "/alerts/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(c -> c.ignoringRequestMatchers("/oai", "/alerts/unsubscribe/*")
                        .csrfTokenRepository(csrfCookie()))
                .requestCache(c -> c.requestCache(PAGE_ASKED))
                .formLogin(f -> f.loginPage("/login").failureHandler(throttle).successHandler(throttle))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
