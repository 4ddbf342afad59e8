package org.dossier.app.alert;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A running site whose e-mail goes to a real SMTP server in this JVM (GreenMail), to read the alerts back from. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertSite {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    protected int port;

    @Autowired
    protected Catalog catalog;

    @Autowired
    protected OutboxIndexer indexer;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-alert-test").toString();
        registry.add("dossier.data", () -> data);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("dossier.alerts.from", () -> "alerts@institute.example");
        registry.add("dossier.alerts.per-second", () -> "0");
    }

    /** Publishes a brief about a country, dated today, and waits until it can be found. */
    protected String publish(String slug, String title, String type, String country) {
        Publication p = Publication.builder()
                .status(Status.PUBLISHED)
                .slug(slug)
                .title(title)
                .type(type)
                .date(PublicationDate.parse(LocalDate.now(ZoneOffset.UTC).toString()))
                .lede("Written for the alert tests.")
                .place(country)
                .sourceId("alert-test:" + slug)
                .build();
        catalog.write(List.of(List.of(Incoming.whole(p))));
        indexer.catchUp();
        return p.path();
    }

    /** A reader's browser: keeps cookies (the CSRF token's), sends forms with the token of the page they are on. */
    protected final class Reader {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Submits the first form of {@code page} whose action is {@code action}, with these fields added. */
        HttpResponse<String> submit(String page, String action, Map<String, String> fields) throws Exception {
            var form = Jsoup.parse(get(page).body()).selectFirst("form[action=\"" + action + "\"]");
            if (form == null) {
                throw new AssertionError(page + " has no form posting to " + action);
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
            values.putAll(fields);
            return post(action, values);
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    protected static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    protected static byte[] raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    protected String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }
}
