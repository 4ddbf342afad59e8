package org.dossier.app.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against a running site: it keeps cookies, follows no redirects, signs in
 * through the sign-in form and sends the CSRF token its forms carry.
 */
public final class SignedIn {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private final String forwardedFor;

    private SignedIn(String base, CookieManager cookies, String forwardedFor) {
        this.base = base;
        this.cookies = cookies;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static SignedIn anonymous(int port) {
        return new SignedIn("http://localhost:" + port, new CookieManager(), null);
    }

    /** A browser whose requests reach the site through a proxy that says they come from this address (X-Forwarded-For). */
    public static SignedIn anonymousFrom(int port, String address) {
        return new SignedIn("http://localhost:" + port, new CookieManager(), address);
    }

    /** Signs in with the form from this address (see {@link #anonymousFrom}). */
    public static SignedIn asFrom(int port, String address, String username, String password)
            throws IOException, InterruptedException {
        SignedIn s = anonymousFrom(port, address);
        s.signIn(username, password);
        return s;
    }

    /** Signs in with the form; the result says where the site sent the browser. */
    public static SignedIn as(int port, String username, String password) throws IOException, InterruptedException {
        SignedIn s = anonymous(port);
        s.signIn(username, password);
        return s;
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = postForm("/login", Map.of("username", username, "password", password), true);
        if (!r.headers().firstValue("Location").orElse("").equals(base + "/")) {
            throw new IllegalStateException(username + " could not sign in: "
                    + r.headers().firstValue("Location").orElse(r.statusCode() + ""));
        }
    }

    /** The same browser, cookies and all, talking to a server on another port (the same site restarted). */
    public SignedIn at(int port) {
        CookieManager moved = new CookieManager();
        cookies.getCookieStore()
                .getCookies()
                .forEach(c -> moved.getCookieStore().add(URI.create("http://localhost:" + port), c));
        return new SignedIn("http://localhost:" + port, moved, forwardedFor);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        return forwardedFor == null ? b : b.header("X-Forwarded-For", forwardedFor);
    }

    /** Posts a form, with the session's CSRF token (read from the sign-in page) when {@code withCsrf}. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", csrfToken());
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as multipart/form-data (field "file"), with the CSRF token as a form field. */
    public HttpResponse<String> postFile(String path, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----dossier" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\n" + "Content-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public String csrfToken() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
