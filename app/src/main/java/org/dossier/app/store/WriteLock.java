package org.dossier.app.store;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * The one writer of this process: SQLite takes one write transaction at a time, so writers queue here
 * instead of failing with SQLITE_BUSY. Held only for short transactions.
 */
@Component
class WriteLock {
    private final ReentrantLock lock = new ReentrantLock(true);

    <T> T holding(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
