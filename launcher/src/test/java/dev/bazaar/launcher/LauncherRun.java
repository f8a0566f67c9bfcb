package dev.bazaar.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The launcher's main run as a child JVM, as ./shop runs it: for tests of up and infra. */
final class LauncherRun {

    private final Process process;
    private final Path output;

    private LauncherRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static LauncherRun start(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-cp", System.getProperty("java.class.path"),
                Shop.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        // the tests choose every address themselves
        builder.environment().keySet().removeIf(key -> key.startsWith("BAZAAR_DB_") || key.startsWith("BAZAAR_KAFKA_"));
        return new LauncherRun(builder.start(), output);
    }

    /** Waits until the output contains {@code text}; fails early (with the output) if the launcher exits. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("launcher exited (" + process.exitValue() + ") before printing '" + text
                        + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
            }
            Thread.sleep(100);
        }
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not exit within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    void sigterm() {
        process.destroy();
    }

    void sigkill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output) : "";
    }
}
