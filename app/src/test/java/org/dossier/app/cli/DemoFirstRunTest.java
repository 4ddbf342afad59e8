package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier demo} as a new user first runs it, in a process of its own: it says what it is doing, and the first
 * page a reader can load already lists every demo publication (the site opens only then, so readiness cannot be up
 * before).
 */
@Tag("slow")
class DemoFirstRunTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void theFirstPageAReaderCanLoadListsAll244DemoPublications() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path output = tmp.resolve("output.txt");
        Process demo = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        Dossier.class.getName(),
                        "--data",
                        tmp.resolve("data").toString(),
                        "demo",
                        "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            HttpResponse<String> home = firstAnswer(port, "/", demo);
            String api = get(port, "/api/publications?size=1");

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Search 244 publications").doesNotContain("still building");
            await().atMost(Duration.ofSeconds(30)).until(() -> status(port, "/actuator/health/readiness") == 200);
            assertThat(api).contains("\"total\":244");
            assertThat(get(
                            port,
                            "/api/publications/" + api.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1") + "/citations"))
                    .contains("United Nations General Assembly");
            assertThat(Files.readString(output))
                    .contains(
                            "Loading the demo data",
                            "Loaded 244 demo publications; indexing them",
                            "The search index has caught up",
                            "Dossier is serving at http://localhost:" + port);
        } finally {
            demo.destroy();
            demo.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The first answer to this path, polling while the server is not yet listening. */
    private HttpResponse<String> firstAnswer(int port, String path, Process server) {
        return await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(20))
                .ignoreException(ConnectException.class)
                .failFast("the demo stopped", () -> !server.isAlive())
                .until(() -> http.send(request(port, path), HttpResponse.BodyHandlers.ofString()), answer -> true);
    }

    private int status(int port, String path) throws Exception {
        return http.send(request(port, path), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }

    private String get(int port, String path) throws Exception {
        return http.send(request(port, path), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
