package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.account.Role;
import org.junit.jupiter.api.Test;

/** Served over HTTPS by the trusted proxy: cookies are Secure and redirects stay on https. */
class BehindAnHttpsProxyTest extends ProxiedSite {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signsInWithSecureCookiesAndHttpsRedirects() throws Exception {
        HttpResponse<String> form = http.send(viaProxy("/login").build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(form, "XSRF-TOKEN");
        Matcher token = TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> in = http.send(
                viaProxy("/login")
                        .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + Role.EDITOR.key() + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                                + "&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(csrfCookie).contains("; Secure");
        assertThat(cookie(in, "SESSION")).contains("; Secure", "; HttpOnly");
        assertThat(in.headers().firstValue("Location")).get().asString().startsWith("https://");
    }

    private HttpRequest.Builder viaProxy(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "198.51.100.20")
                .header("X-Forwarded-Proto", "https");
    }

    private static String cookie(HttpResponse<String> r, String name) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }
}
