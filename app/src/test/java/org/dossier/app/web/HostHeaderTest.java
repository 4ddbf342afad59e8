package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Without dossier.site.url, no absolute address is made from a host the request names (anyone can send
 * "Host: evil.test"): sitemaps, OAI-PMH, feeds and page metadata then name this machine.
 */
class HostHeaderTest extends SeededSite {

    @Test
    void aForgedHostNeverReachesAnAbsoluteAddress() throws Exception {
        for (String path :
                new String[] {"/sitemap.xml", "/oai?verb=Identify", "/feeds/atom", BRIEF_PATH, "/robots.txt"}) {
            String answer = getWithHost(path, "evil.test");

            assertThat(answer)
                    .as(path)
                    .startsWith("HTTP/1.1 200")
                    .doesNotContain("evil.test")
                    .contains("http://localhost:" + port);
        }
    }

    @Test
    void theDemosOwnAddressIsKeptWhenTheRequestNamesThisMachine() throws Exception {
        assertThat(getWithHost("/sitemap.xml", "127.0.0.1:" + port)).contains("<loc>http://127.0.0.1:" + port + "/");
    }

    /** A GET as a raw HTTP/1.1 request, so that its Host header can be anything. */
    private String getWithHost(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
