package dev.bazaar.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The components of one launcher run, in start order, with their pid files. Stops them in
 * reverse order (the BFF before the services, the services before Kafka and MariaDB), so that
 * nothing loses its dependencies while it is still shutting down.
 */
final class Stack {

    private final PidFiles pidFiles;
    private final Progress progress;
    private final List<Component> started = new ArrayList<>();
    private boolean stopping;

    Stack(PidFiles pidFiles, Progress progress) {
        this.pidFiles = pidFiles;
        this.progress = progress;
    }

    /**
     * Launches {@code component}, records its pid and waits until it is ready, with one progress
     * line before and one after.
     *
     * @param detail what to add to "ready in N s", e.g. the MariaDB flavour (read after start)
     * @throws StartupException when it fails; the component is stopped by then
     */
    void start(Component component, Duration timeout, Supplier<String> detail) {
        long begin = System.nanoTime();
        progress.line(component.name(), "starting...");
        try {
            component.launch();
            if (!register(component)) {
                component.stop(); // Ctrl-C came while it was being spawned
                throw new StartupException(component.name() + ": stopped while starting");
            }
            component.awaitReady(timeout);
        } catch (RuntimeException e) {
            component.stop();
            if (!isStopping()) {
                progress.line(component.name(), "failed, log: " + component.logFile());
            }
            throw e;
        }
        String extra = detail == null ? "" : detail.get();
        progress.line(component.name(), "ready in " + Progress.seconds(Duration.ofNanos(System.nanoTime() - begin))
                + (extra.isEmpty() ? "" : " (" + extra + ")"));
        watchForUnexpectedExit(component);
    }

    /**
     * Stops everything in reverse start order; safe to call twice and from a shutdown hook.
     *
     * @return how many components were running
     */
    int stopAll() {
        List<Component> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(started.reversed());
            started.clear();
        }
        int running = 0;
        for (Component component : toStop) {
            if (!component.isAlive()) {
                pidFiles.remove(component.name());
                continue;
            }
            running++;
            long begin = System.nanoTime();
            progress.line(component.name(), "stopping...");
            component.stop();
            pidFiles.remove(component.name());
            progress.line(component.name(), "stopped in " + Progress.seconds(Duration.ofNanos(System.nanoTime() - begin)));
        }
        return running;
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    private synchronized boolean register(Component component) {
        if (stopping) {
            return false;
        }
        started.add(component);
        component.process().ifPresent(process -> pidFiles.record(component.name(), process));
        return true;
    }

    /** A service that crashes after it was ready should not go unnoticed in a quiet terminal. */
    private void watchForUnexpectedExit(Component component) {
        component.process().ifPresent(process -> process.onExit().thenRun(() -> {
            if (!isStopping()) {
                progress.line(component.name(), "exited unexpectedly, log: " + component.logFile());
            }
        }));
    }
}
