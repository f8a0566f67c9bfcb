package dev.bazaar.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One file per running process: {@code <pid> <start time in ms>}. A launcher that is killed with
 * SIGKILL leaves its children running (they hold the ports and the data dirs); the next launcher
 * reads these files and stops them. The start time guards against a recycled pid: a process
 * with the same pid but another start time is somebody else's and is left alone.
 */
final class PidFiles {

    /** Start times read from /proc are rounded; allow for that, never for a different process. */
    private static final long START_TOLERANCE_MS = 2_000;

    private final Path dir;

    PidFiles(Path dir) {
        this.dir = dir;
    }

    void record(String name, ProcessHandle process) {
        long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Dirs.write(file(name), process.pid() + " " + start + "\n");
    }

    void remove(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException ignored) {
            // a stale file is harmless: its process is checked before it is trusted
        }
    }

    /** The recorded process if it is still the same process and alive. */
    Optional<ProcessHandle> alive(String name) {
        Path file = file(name);
        try {
            String[] parts = Files.readString(file).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long start = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> sameStart(handle, start));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops every recorded process that still runs, children in reverse order of their files'
     * age (services before Kafka before MariaDB), and deletes the files.
     *
     * @param except a name not to touch (the launcher itself)
     * @return "name (pid N)" for each process stopped
     */
    List<String> reapLeftovers(String except, Duration grace) {
        List<String> reaped = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return reaped;
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(path -> path.toString().endsWith(".pid"))
                    .sorted((a, b) -> Long.compare(modified(b), modified(a)))
                    .toList();
        } catch (IOException e) {
            return reaped;
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
            if (name.equals(except)) {
                continue;
            }
            alive(name).ifPresent(process -> {
                ChildProcess.terminate(process, grace);
                reaped.add(name + " (pid " + process.pid() + ")");
            });
            remove(name);
        }
        return reaped;
    }

    private Path file(String name) {
        return dir.resolve(name + ".pid");
    }

    private static boolean sameStart(ProcessHandle handle, long recordedStart) {
        if (recordedStart == 0) {
            return true; // the platform told us no start time when we recorded it
        }
        return handle.info().startInstant()
                .map(now -> Math.abs(now.toEpochMilli() - recordedStart) <= START_TOLERANCE_MS)
                .orElse(true);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
