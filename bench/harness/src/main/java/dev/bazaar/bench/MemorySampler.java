package dev.bazaar.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads every process's RSS twice a second while a load runs and keeps each one's peak, and the
 * peak of the shop's sum: "RSS under load".
 */
final class MemorySampler implements AutoCloseable {

    private final Supplier<Map<String, Optional<ProcessHandle>>> processes;
    private final Map<String, Long> peaks = new LinkedHashMap<>();
    private volatile boolean running = true;
    private final Thread thread;

    MemorySampler(Supplier<Map<String, Optional<ProcessHandle>>> processes) {
        this.processes = processes;
        this.thread = new Thread(this::sample, "bench-memory");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            Map<String, Long> now = Machine.rss(processes.get());
            synchronized (peaks) {
                now.forEach((name, rss) -> peaks.merge(name, rss, Math::max));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Each process's peak so far. */
    Map<String, Long> peaks() {
        synchronized (peaks) {
            return new LinkedHashMap<>(peaks);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
