package org.dossier.search.lucene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;

/**
 * Batches (a rebuild, a backlog) analysed and indexed on every core while the caller reads the next ones from
 * the store (Lucene's writer takes documents from several threads at once). At most two batches per core are
 * in hand at once (indexed or waiting), so memory stays bounded whatever the archive's size.
 */
final class ParallelBulk implements SearchIndex.Bulk {
    private final Consumer<List<Publication>> indexer;
    private final Runnable finisher;
    private final ExecutorService workers;
    private final Semaphore waiting;
    private final List<Future<?>> pending = new ArrayList<>();

    ParallelBulk(Consumer<List<Publication>> indexer, Runnable finisher) {
        int threads = Runtime.getRuntime().availableProcessors();
        this.indexer = indexer;
        this.finisher = finisher;
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dossier-bulk-index");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true); // a bulk abandoned before finish leaves no thread behind
        this.workers = pool;
        this.waiting = new Semaphore(2 * threads);
    }

    @Override
    public void index(Collection<Publication> publications) {
        List<Publication> batch = List.copyOf(publications);
        settleDone();
        waiting.acquireUninterruptibly();
        pending.add(workers.submit(() -> {
            try {
                indexer.accept(batch);
            } finally {
                waiting.release();
            }
        }));
    }

    @Override
    public void finish() {
        try {
            pending.forEach(ParallelBulk::await);
        } finally {
            workers.shutdownNow();
        }
        finisher.run();
    }

    /** Forgets the batches already indexed, and stops the bulk at the first that failed. */
    private void settleDone() {
        for (Iterator<Future<?>> i = pending.iterator(); i.hasNext(); ) {
            Future<?> f = i.next();
            if (f.isDone()) {
                i.remove();
                try {
                    await(f);
                } catch (RuntimeException e) {
                    workers.shutdownNow();
                    throw e;
                }
            }
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the index was built", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
