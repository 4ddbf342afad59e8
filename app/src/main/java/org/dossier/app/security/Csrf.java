package org.dossier.app.security;

import org.springframework.security.web.csrf.CsrfToken;

/** The CSRF token a form must send back, as a hidden field's name and value (jte does not add it itself). */
public record Csrf(String parameterName, String token) {
    public static Csrf of(CsrfToken token) {
        return new Csrf(token.getParameterName(), token.getToken());
    }
}
