package org.dossier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Anonymous traffic: the sign-in form and reader pages, round-robin, from several clients at once; prints
 * requests/s, the answers by status and how many set a session cookie:
 * {@code AnonymousLoad BASE-URL REQUESTS CLIENTS}.
 */
public final class AnonymousLoad {
    private static final List<String> PAGES = List.of(
            "/login",
            "/",
            "/publications",
            "/publications?q=mali",
            "/api/publications?q=sahel",
            "/feeds/atom",
            "/edit",
            "/login?error");

    private AnonymousLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder sessionCookies = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create(base + PAGES.get(i % PAGES.size())))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    statuses.computeIfAbsent(r.statusCode(), s -> new LongAdder())
                            .increment();
                    if (r.headers().allValues("Set-Cookie").stream()
                            .anyMatch(cookie -> cookie.startsWith("SESSION="))) {
                        sessionCookies.increment();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%,d anonymous requests (%s) from %d clients in %.1f s → %,.0f requests/s; answers %s; session cookies set: %,d%n",
                requests,
                String.join(" ", PAGES),
                clients,
                seconds,
                requests / seconds,
                statuses,
                sessionCookies.sum());
    }
}
