package dev.bazaar.relay;

import io.debezium.embedded.Connect;
import io.opentelemetry.api.OpenTelemetry;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import org.apache.kafka.connect.source.SourceRecord;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs Debezium's embedded engine on a thread of its own and keeps it running: when the engine
 * stops with an error (Kafka unreachable for longer than the producer's delivery timeout, a binlog
 * position the server no longer has, ...) it is built again and restarted after a growing pause,
 * resuming from the last committed offsets. Connection errors the connector can retry by itself
 * never reach this level. After {@link Restarts#maxAttempts()} failures in a row without the task
 * ever starting, or a configuration the engine refuses, the relay gives up for good: liveness DOWN.
 *
 * <p>{@link #stop(Duration)} closes the engine (which commits the acknowledged offsets) and then
 * the producer (flush, close), in that order.
 */
public final class RelayEngine {

    private static final Logger LOG = Logger.getLogger(RelayEngine.class.getName());

    public enum Status {
        /** not started yet */
        NEW,
        /** an engine is running (its task may still be starting or reconnecting) */
        RUNNING,
        /** the engine failed; waiting before the next start */
        RESTARTING,
        /** given up: needs a person (see the log) */
        FAILED,
        /** stopped on request */
        STOPPED
    }

    /**
     * @param initialBackoff pause before the first restart, doubled for each failure in a row
     * @param maxBackoff     longest pause
     * @param maxAttempts    restarts in a row (without the task starting in between) before giving up; -1: never give up
     */
    public record Restarts(Duration initialBackoff, Duration maxBackoff, int maxAttempts) {

        public static final Restarts DEFAULT = new Restarts(Duration.ofSeconds(1), Duration.ofSeconds(30), 10);
    }

    private final Map<String, String> config;
    private final RelayListener listener;
    private final Restarts restarts;
    private final StreamingStatus streaming;
    private final OpenTelemetry openTelemetry;
    private final Object lock = new Object();
    private final Thread thread;

    private volatile Status status = Status.NEW;
    private volatile boolean taskRunning;
    private volatile String lastError = "";
    private boolean stopping; // guarded by lock
    private DebeziumEngine<RecordChangeEvent<SourceRecord>> current; // guarded by lock

    public RelayEngine(Map<String, String> config, RelayListener listener, Restarts restarts) {
        this(config, listener, restarts, OpenTelemetry.noop());
    }

    /** @param openTelemetry where each relayed event's span goes (see {@link OutboxPublisher}) */
    public RelayEngine(Map<String, String> config, RelayListener listener, Restarts restarts, OpenTelemetry openTelemetry) {
        this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        this.config = Map.copyOf(config);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.restarts = Objects.requireNonNull(restarts, "restarts");
        this.streaming = new StreamingStatus(Objects.requireNonNull(config.get("topic.prefix"), "topic.prefix"));
        // A daemon: the owner stops it explicitly, and a forgotten one must not keep a JVM alive.
        this.thread = Thread.ofPlatform().name("outbox-relay-engine").daemon(true).unstarted(this::supervise);
    }

    public RelayEngine start() {
        synchronized (lock) {
            if (status != Status.NEW) {
                throw new IllegalStateException("already started");
            }
            status = Status.RUNNING;
        }
        thread.start();
        return this;
    }

    /** True while the engine's task is reading the binlog: what readiness reports. */
    public boolean isStreaming() {
        return status == Status.RUNNING && taskRunning && streaming.connected();
    }

    /** True once the relay has given up: what liveness reports. */
    public boolean hasFailedForGood() {
        return status == Status.FAILED;
    }

    public Status status() {
        return status;
    }

    /** The last error the engine stopped with, empty if none. */
    public String lastError() {
        return lastError;
    }

    /**
     * Closes the engine (committing the offsets of every acknowledged event), waits for its thread,
     * then the producer is flushed and closed.
     *
     * @return true when everything stopped within {@code timeout}
     */
    public boolean stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
        synchronized (lock) {
            stopping = true;
            engine = current;
            lock.notifyAll(); // ends a pause before a restart
        }
        if (engine != null) {
            close(engine, deadline);
        }
        try {
            thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (status == Status.NEW) {
            status = Status.STOPPED;
        }
        return !thread.isAlive();
    }

    private void supervise() {
        int failuresInARow = 0;
        while (!isStopping()) {
            status = Status.RUNNING;
            Run run = runOnce();
            if (isStopping()) {
                break;
            }
            Throwable error = run.error() != null ? run.error() : new IllegalStateException("the engine stopped by itself");
            lastError = String.valueOf(error.getMessage());
            listener.failed(error);
            failuresInARow = run.taskStarted() ? 1 : failuresInARow + 1;
            if (run.permanent() || (restarts.maxAttempts() >= 0 && failuresInARow > restarts.maxAttempts())) {
                status = Status.FAILED;
                LOG.log(Level.SEVERE, "Outbox relay gave up after " + failuresInARow
                        + " failure(s) in a row; events are not relayed until it is restarted", error);
                return;
            }
            Duration pause = backoff(failuresInARow);
            status = Status.RESTARTING;
            LOG.log(Level.WARNING, "Outbox relay engine stopped; restarting in " + pause.toMillis() + " ms", error);
            pause(pause);
        }
        status = Status.STOPPED;
    }

    private record Run(Throwable error, boolean taskStarted, boolean permanent) {
    }

    /** One engine from build to end; its producer lives exactly as long. */
    private Run runOnce() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] taskStarted = {false};
        try (OutboxPublisher publisher = new OutboxPublisher(config, listener, openTelemetry)) {
            DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
            try {
                engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                        .using(properties())
                        .notifying(publisher)
                        .using(new DebeziumEngine.ConnectorCallback() {
                            @Override
                            public void taskStarted() {
                                taskStarted[0] = true;
                                taskRunning = true;
                                lastError = ""; // recovered: health shows no stale error
                                LOG.info("Outbox relay task started");
                            }

                            @Override
                            public void taskStopped() {
                                taskRunning = false;
                            }
                        })
                        .using((success, message, error) -> {
                            if (!success) {
                                failure.set(error != null ? error : new IllegalStateException(message));
                            }
                        })
                        .build();
            } catch (RuntimeException refused) {
                // The engine refuses its configuration: restarting cannot help.
                return new Run(refused, false, true);
            }
            synchronized (lock) {
                if (stopping) {
                    return new Run(null, false, false);
                }
                current = engine;
            }
            engine.run(); // returns when the engine is closed or has failed
            return new Run(failure.get(), taskStarted[0], false);
        } catch (RuntimeException e) {
            return new Run(e, taskStarted[0], false);
        } finally {
            synchronized (lock) {
                current = null;
            }
            taskRunning = false;
        }
    }

    /** The engine refuses to close while its task is starting (it would leak connections): retry until the deadline. */
    private static void close(DebeziumEngine<?> engine, long deadline) {
        while (true) {
            try {
                engine.close();
                return;
            } catch (IllegalStateException busy) {
                if (busy.getMessage() != null && busy.getMessage().contains("already")) {
                    return; // stopping or stopped by itself
                }
                if (System.nanoTime() > deadline) {
                    LOG.warning("Outbox relay engine still starting at the end of the stop timeout; leaving it");
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning("Closing the outbox relay engine failed: " + e);
                return;
            }
        }
    }

    private Duration backoff(int failuresInARow) {
        Duration pause = restarts.initialBackoff().multipliedBy(1L << Math.min(failuresInARow - 1, 16));
        return pause.compareTo(restarts.maxBackoff()) > 0 ? restarts.maxBackoff() : pause;
    }

    private void pause(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        synchronized (lock) {
            long left;
            while (!stopping && (left = until - System.nanoTime()) > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }
}
