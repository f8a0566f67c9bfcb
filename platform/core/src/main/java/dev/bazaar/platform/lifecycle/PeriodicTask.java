package dev.bazaar.platform.lifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service's housekeeping that runs every so often (clean-ups, saga timers, expiries): on its own
 * daemon thread, with a fixed delay between the end of one round and the start of the next, so
 * rounds never overlap. A failed round is logged and the next one tries again. Stop it when the
 * service stops ({@link #close()}, e.g. from a {@code @PreDestroy}).
 *
 * <p>Every replica runs its own; tasks must be safe to run concurrently on several replicas (lock
 * or re-check what they change).
 */
public final class PeriodicTask implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    private final ScheduledExecutorService scheduler;

    private PeriodicTask(String name, Duration interval, Runnable round) {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; trying again in " + interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts running {@code round} every {@code interval}, the first time one interval from now. */
    public static PeriodicTask every(Duration interval, String name, Runnable round) {
        Objects.requireNonNull(round, "round");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive, got " + interval);
        }
        return new PeriodicTask(name, interval, round);
    }

    /** Stops it: a round under way is interrupted, no new one starts. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
