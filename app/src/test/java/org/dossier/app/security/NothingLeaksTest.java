package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No stack trace, exception message or path of the server reaches an anonymous visitor, from any route the
 * application maps (and from addresses it does not), with hostile path values and parameters, read as a browser
 * (HTML) and as a program (JSON); and none of it is answered as a server error. Details of the health check are for
 * admins.
 */
@Tag("slow")
class NothingLeaksTest extends AccountSite {
    private static final List<String> VALUES = List.of(
            "nope",
            "x'%22%3Cscript%3E",
            "..%2F..%2Fetc%2Fpasswd",
            "%25ZZ",
            "99999999999999999999999",
            "%00",
            "%E2%80%AE");
    private static final String HOSTILE_QUERY =
            "?page=-1&size=abc&from=13-13&to=x&cursor=%00%FF&format=x&limit=x&q=%22%5B&sort=x"
                    + "&verb=ListRecords&metadataPrefix=x&identifier=%3C&resumptionToken=!!&country=%25&year=0";
    /** Characters XML cannot carry, and a noncharacter, as one parameter's value. */
    private static final String UNWRITABLE = "a%00b%01c%0Bd%EF%BF%BE";

    private static final List<String> PARAMETERS = List.of(
            "q",
            "type",
            "topic",
            "country",
            "region",
            "author",
            "year",
            "language",
            "collection",
            "from",
            "to",
            "sort",
            "cursor",
            "verb",
            "identifier",
            "metadataPrefix",
            "set",
            "limit",
            "format",
            "page");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${dossier.data}")
    Path data;

    @Test
    void noRouteShowsAnAnonymousVisitorATraceAMessageOrAPath() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String path : paths()) {
            for (String query : List.of("", HOSTILE_QUERY)) {
                for (String method : List.of("GET", "POST")) {
                    for (String accept : List.of("text/html", "application/json")) {
                        HttpResponse<String> r = send(method, path + query, accept);
                        requests++;
                        String leak = leak(r);
                        if (leak != null) {
                            leaks.add(method + " " + path + query + " (" + accept + ") → " + r.statusCode() + ": "
                                    + leak);
                        }
                        if (r.statusCode() >= 500) {
                            failures.add(method + " " + path + query + " (" + accept + ") → " + r.statusCode());
                        }
                    }
                }
            }
        }

        assertThat(requests).isGreaterThan(500);
        assertThat(leaks).isEmpty();
        assertThat(failures)
                .as("bad input is the visitor's error (4xx), not the server's")
                .isEmpty();
    }

    @Test
    void noParameterOfAnyRouteMakesAServerErrorWithCharactersXmlCannotCarry() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : paths()) {
            if (path.contains("%") || path.contains("'")) {
                continue;
            }
            for (String parameter : PARAMETERS) {
                HttpResponse<String> r = send("GET", path + "?" + parameter + "=" + UNWRITABLE, "text/html");
                if (r.statusCode() >= 500 || leak(r) != null) {
                    failures.add(path + "?" + parameter + "=… → " + r.statusCode());
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void healthDetailsAreForAdminsOnly() throws Exception {
        String anonymous = send("GET", "/actuator/health", "application/json").body();
        String admin =
                as(org.dossier.account.Role.ADMIN).get("/actuator/health").body();

        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("details", data.toString());
        assertThat(admin).contains("\"details\"", "\"documents\"");
    }

    /** Every path the application maps, its variables filled with hostile values; some with good ones; some it does not map. */
    private Set<String> paths() {
        Set<String> paths = new TreeSet<>(List.of(
                "/nowhere",
                "/api/nowhere",
                "/publications/2024/01/nowhere/",
                "/WEB-INF/web.xml",
                "/actuator/env",
                "/actuator/health/readiness",
                "/error",
                "/feeds/atom",
                "/feeds/rss",
                "/feeds/json",
                "/api/citations.bib",
                "/api/citations.ris",
                "/api/citations.json",
                "/topics/Gender",
                "/places/MLI",
                "/collections/x"));
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                for (String value : VALUES) {
                    paths.add(pattern.replaceAll("\\{[^}]+}", value)
                            .replace("{", "")
                            .replace("}", ""));
                }
            }
        });
        return paths;
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        b = method.equals("POST")
                ? b.POST(HttpRequest.BodyPublishers.ofString("a=%ZZ&b=\u0000"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                : b.GET();
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What in this answer gives the server away, if anything. */
    private String leak(HttpResponse<String> r) {
        String all = r.body() + " " + r.headers().map();
        for (String sign : List.of(
                "Exception",
                "exception",
                "\tat ",
                "at org.",
                "at java.",
                "org.dossier.",
                "org.springframework.",
                "java.lang",
                "jakarta.",
                "Caused by",
                data.toString(),
                System.getProperty("user.dir"),
                System.getProperty("java.home"))) {
            if (all.contains(sign)) {
                int at = all.indexOf(sign);
                return "«"
                        + all.substring(Math.max(0, at - 60), Math.min(all.length(), at + 60))
                                .replace("\n", " ") + "»";
            }
        }
        return null;
    }
}
