package dev.bazaar.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What every launcher run does around its components: refuse to run twice on the same state
 * dir, clean up what a killed predecessor left running, record its own pid, stop everything on
 * Ctrl-C or SIGTERM (shutdown hook), and block until then.
 */
final class Session {

    private static final String LAUNCHER = "launcher";

    private final Layout layout;
    private final Progress progress;
    private final PidFiles pidFiles;
    private final Stack stack;
    private final List<Runnable> beforeStop = new java.util.concurrent.CopyOnWriteArrayList<>();

    Session(Layout layout, Progress progress) {
        this.layout = layout;
        this.progress = progress;
        this.pidFiles = new PidFiles(layout.run());
        this.stack = new Stack(pidFiles, progress);
    }

    /**
     * @param wipe delete the state dir before starting (the test infrastructure starts empty)
     */
    void open(boolean wipe) {
        pidFiles.alive(LAUNCHER).ifPresent(other -> {
            throw new StartupException("a launcher already runs on " + layout.state() + " (pid " + other.pid()
                    + "). Stop it first: Ctrl-C in its terminal, or kill " + other.pid() + ".");
        });
        List<String> reaped = pidFiles.reapLeftovers(LAUNCHER, Duration.ofSeconds(15));
        if (!reaped.isEmpty()) {
            progress.message("Stopped what a previous launcher left running: " + String.join(", ", reaped));
        }
        if (wipe) {
            Dirs.deleteRecursively(layout.state());
        }
        Dirs.create(layout.logs());
        pidFiles.record(LAUNCHER, ProcessHandle.current());
        ChildProcess.leaveChildrenToCaller(); // our hook stops them, in order
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "bazaar-launcher-shutdown"));
    }

    Stack stack() {
        return stack;
    }

    /** Runs first when the session stops, e.g. removing the ready file. */
    void beforeStop(Runnable action) {
        beforeStop.add(action);
    }

    /** Blocks the calling thread until the JVM exits (Ctrl-C, SIGTERM, System.exit). */
    void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the launcher when {@code pid} ends: ./shop test must not leave an orphan behind. A
     * thread of its own polls: System.exit blocks its caller until the shutdown hook is done, and
     * blocking a pool thread (onExit's callbacks run on the one-thread common pool) would stall
     * the very waits the hook needs.
     */
    void exitWhenGone(long pid) {
        ProcessHandle watched = ProcessHandle.of(pid).orElseThrow(
                () -> new StartupException("process " + pid + " (--watch-pid) does not exist"));
        Thread watcher = new Thread(() -> {
            while (watched.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            progress.message("process " + pid + " ended: stopping");
            System.exit(0);
        }, "bazaar-watch-" + pid);
        watcher.setDaemon(true);
        watcher.start();
    }

    private void shutdown() {
        beforeStop.forEach(Runnable::run);
        int stopped = stack.stopAll();
        pidFiles.remove(LAUNCHER);
        if (stopped > 0) {
            progress.message("Stopped.");
        }
    }
}
