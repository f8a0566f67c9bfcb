package dev.bazaar.launcher;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Polls a readiness probe until it answers, the process behind it dies, or time runs out. A dead
 * process fails at once (with its log) instead of after the whole timeout.
 */
final class Await {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Await() {
    }

    /**
     * @param probe returns true when ready; an exception counts as "not yet"
     */
    static void ready(ChildProcess process, String what, Duration timeout, Callable<Boolean> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastError = null;
        while (true) {
            try {
                if (probe.call()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException(what + ": interrupted while waiting");
            } catch (Exception e) {
                lastError = e;
            }
            if (process != null && !process.isAlive()) {
                throw new StartupException(what + " exited with code " + process.exitValue() + " during start"
                        + Logs.tailSection(process.logFile()));
            }
            if (System.nanoTime() > deadline) {
                String why = lastError == null ? "" : " (last error: " + lastError.getMessage() + ")";
                String log = process == null ? "" : Logs.tailSection(process.logFile());
                throw new StartupException(what + " was not ready within " + timeout.toSeconds() + " s" + why + log);
            }
            sleep(INTERVAL);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted");
        }
    }
}
