package dev.bazaar.platform.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the HTTP requests being served, so that shutdown can wait for them: Helidon 4.2 MP closes
 * connections on SIGTERM without waiting (see docs/decisions).
 */
@ApplicationScoped
public class InFlightRequests {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int count;
    private boolean closed;

    /** Counts a request in; false (and not counted) once {@link #close()} was called. */
    public boolean enter() {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            count++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * No request enters from now on; those in flight go on. Without it a request arriving after the
     * drain found the service idle ran until Helidon stopped and was cut off (its virtual thread
     * interrupted: the BFF answered 503 for a request it had accepted; found by the reliability
     * suite, docs/decisions/0018).
     */
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    public void exit() {
        lock.lock();
        try {
            if (--count <= 0) {
                count = 0;
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public int count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no request is in flight or the timeout passes; true when idle. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (count > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
