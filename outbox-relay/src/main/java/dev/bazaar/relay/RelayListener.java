package dev.bazaar.relay;

import java.time.Instant;

/**
 * What the relay reports as it works: metrics in the running process, nothing (or a recorder) in tests.
 */
public interface RelayListener {

    /** Does nothing. */
    RelayListener NONE = new RelayListener() {
    };

    /**
     * An event was acknowledged by Kafka.
     *
     * @param topic       where it went
     * @param committedAt when its transaction committed in the database (binlog time, whole seconds)
     */
    default void relayed(String topic, Instant committedAt) {
    }

    /** The engine stopped with an error (it is restarted, see {@link RelayEngine}). */
    default void failed(Throwable error) {
    }
}
