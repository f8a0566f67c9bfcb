package dev.bazaar.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A process the launcher starts and stops: MariaDB, Kafka, a service. Starting is two steps so
 * that the launcher can write the pid file between them: a launcher killed while it waits for
 * readiness still leaves a trail to clean up.
 */
public interface Component {

    /** Short name for progress lines, log and pid files, e.g. "mariadb". */
    String name();

    /** Prepares what is needed and spawns the process; returns without waiting for readiness. */
    Component launch();

    /**
     * Waits until the component serves requests.
     *
     * @throws StartupException when it exits first (at once, with the tail of its log) or does not
     *                          get ready in time
     */
    Component awaitReady(Duration timeout);

    /** The running process, empty before {@link #launch()}. */
    Optional<ProcessHandle> process();

    default long pid() {
        return process().map(ProcessHandle::pid).orElse(-1L);
    }

    default boolean isAlive() {
        return process().map(ProcessHandle::isAlive).orElse(false);
    }

    Path logFile();

    /** Stops gracefully (SIGTERM, then SIGKILL after a grace period); a no-op when not running. */
    void stop();

    /** SIGKILL, as a crash would. */
    void kill();
}
