package org.dossier.app.cluster;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dossier.app.security.SignedIn;

/** A bounded read load: one reader per node asks for a path every 20 ms and keeps the answers it did not accept. */
final class ReadLoad implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService readers;

    private ReadLoad(List<Integer> ports, String path, Predicate<HttpResponse<String>> acceptable) {
        readers = Executors.newFixedThreadPool(ports.size());
        for (int port : ports) {
            readers.submit(() -> {
                SignedIn reader = SignedIn.anonymous(port);
                while (running.get()) {
                    try {
                        HttpResponse<String> r = reader.get(path);
                        if (!acceptable.test(r)) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    reads.incrementAndGet();
                    Thread.sleep(20);
                }
                return null;
            });
        }
    }

    static ReadLoad on(List<Integer> ports, String path, Predicate<HttpResponse<String>> acceptable) {
        return new ReadLoad(ports, path, acceptable);
    }

    int reads() {
        return reads.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        running.set(false);
        readers.shutdown();
        try {
            readers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
