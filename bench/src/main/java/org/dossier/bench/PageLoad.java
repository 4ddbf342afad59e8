package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Pages as readers ask for them: first one connection, each path once in turn (each page's latency, p50 and
 * p99), then {@code CONNECTIONS} connections for {@code SECONDS} seconds round the paths (requests/s, latency,
 * answers by status, timeouts of 10 s): {@code PageLoad BASE-URL PATHS-FILE CONNECTIONS SECONDS [LABEL]}.
 */
public final class PageLoad {
    private static final int TIMEOUT_MILLIS = 10_000;

    private PageLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream()
                .filter(s -> !s.isBlank())
                .toList();
        int connections = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String label = args.length > 4 ? args[4] : args[1];
        BlockingHttp.keepAlive(connections);
        BlockingHttp http = new BlockingHttp(TIMEOUT_MILLIS);

        List<Long> single = new ArrayList<>();
        for (String path : paths) {
            long start = System.nanoTime();
            send(http, base + path);
            single.add(System.nanoTime() - start);
        }
        System.out.printf(
                "%s, one connection, %d pages: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label, paths.size(), ms(single, 0.50), ms(single, 0.99), ms(single, 1.0));

        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder timeouts = new LongAdder();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String path = paths.get((int) (next.getAndIncrement() % paths.size()));
                    long start = System.nanoTime();
                    try {
                        int status = send(http, base + path);
                        latencies.add(System.nanoTime() - start);
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    } catch (java.net.SocketTimeoutException e) {
                        timeouts.increment();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%s, %d connections for %d s: %,.0f requests/s, p50 %.2f ms, p99 %.2f ms; answers %s; timeouts %d%n",
                label,
                connections,
                seconds,
                latencies.size() / elapsed,
                ms(latencies, 0.50),
                ms(latencies, 0.99),
                statuses,
                timeouts.sum());
    }

    private static int send(BlockingHttp http, String url) throws Exception {
        return http.get(url).status();
    }

    /** The quantile of these durations in milliseconds (NaN when there are none). */
    static double ms(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
