package dev.bazaar.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One operating-system child process with its output in a log file: the common part of MariaDB,
 * Kafka and the services.
 *
 * <p>Children run in their own session (through {@code setsid}) so that Ctrl-C in the terminal,
 * which the kernel sends to the whole foreground process group, reaches only the launcher: the
 * launcher then stops the children one by one in reverse start order instead of all of them
 * dying at once. {@code setsid} execs the program in place, so the pid we hold is the program's.
 */
public final class ChildProcess {

    private static final Path SETSID = findSetsid();

    /**
     * Children still running when this JVM exits. Without a net, a test JVM that ends without
     * stopping its services (a failed assertion before the stop, a surefire timeout) leaves
     * them running in their own session, holding ports that fail the next run.
     */
    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopChildrenAtExit = true;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopRunningChildren, "bazaar-child-stopper"));
    }

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} with {@code extraEnv} added to this process's environment, stdout and
     * stderr appended to {@code logFile}.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> extraEnv,
                                     Path workDir, Path logFile) {
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    // no stdin: a child must never wait for the terminal
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(extraEnv);
            ChildProcess child = new ChildProcess(name, builder.start(), logFile);
            RUNNING.add(child);
            return child;
        } catch (IOException e) {
            throw new StartupException(name + ": cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Turns off the exit-time net for this JVM: the launcher's own shutdown hook stops its
     * children, in reverse start order, and two hooks (they run concurrently) would race.
     */
    public static void leaveChildrenToCaller() {
        stopChildrenAtExit = false;
    }

    /** SIGTERM to every child still running, a few seconds' grace together, then SIGKILL. */
    private static void stopRunningChildren() {
        if (!stopChildrenAtExit) {
            return;
        }
        List<ChildProcess> alive = RUNNING.stream().filter(ChildProcess::isAlive).toList();
        alive.forEach(child -> child.process.destroy());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ChildProcess child : alive) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!child.waitFor(Duration.ofNanos(left))) {
                child.process.destroyForcibly();
            }
        }
    }

    /**
     * Runs a short command to completion (an installer, a formatter) and fails with its output
     * when it does not exit 0.
     */
    public static void runToCompletion(String name, List<String> command, Map<String, String> extraEnv,
                                       Path workDir, Path logFile, Duration timeout) {
        ChildProcess child = start(name, command, extraEnv, workDir, logFile);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.kill();
                throw new StartupException(name + " did not finish within " + timeout.toSeconds() + " s"
                        + Logs.tailSection(logFile));
            }
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new StartupException(name + " interrupted", e);
        }
        if (child.process.exitValue() != 0) {
            throw new StartupException(name + " failed (exit " + child.process.exitValue() + ")"
                    + Logs.tailSection(logFile));
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Exit code; only meaningful once {@link #isAlive()} is false. */
    public int exitValue() {
        return process.exitValue();
    }

    /**
     * SIGTERM, then SIGKILL when the process has not exited within {@code grace}.
     *
     * @return true when it exited by itself within the grace period
     */
    public boolean stop(Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (waitFor(grace)) {
            RUNNING.remove(this);
            return true;
        }
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
        RUNNING.remove(this);
        return false;
    }

    /** SIGKILL, for tests of crash recovery and for processes that ignore SIGTERM. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
        RUNNING.remove(this);
    }

    /**
     * The same for a process that is not our child (a leftover of an earlier launcher). Polls:
     * {@code ProcessHandle.onExit()} completes on the common pool, which has a single thread on
     * two cores and may be busy exactly when we stop things.
     */
    static boolean terminate(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        if (poll(handle, grace)) {
            return true;
        }
        handle.destroyForcibly();
        poll(handle, Duration.ofSeconds(10));
        return false;
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean poll(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handle.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !handle.isAlive();
            }
        }
        return true;
    }

    private static Path findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null; // e.g. macOS: children then share the terminal's Ctrl-C, still stopped by the hook
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
