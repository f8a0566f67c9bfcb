package dev.bazaar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What the machine is and how busy it is: /proc, read where the bench runs (Linux). */
final class Machine {

    private Machine() {
    }

    /** The 1-, 5- and 15-minute load averages. */
    static double[] loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    static String loadText() {
        double[] load = loadAverage();
        return String.format(Locale.ROOT, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    }

    /** CPU model, cores, memory, kernel and Java, one line each. */
    static List<String> describe() {
        String cpu = grep(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        String memory = grep(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Format.mib(Long.parseLong(kb.replaceAll("\\D", "")) * 1024)).orElse("?");
        String kernel = read(Path.of("/proc/sys/kernel/osrelease")).orElse("?");
        String os = grep(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "")).orElse("Linux");
        return List.of(
                "CPU: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores available",
                "memory: " + memory,
                "OS: " + os + ", kernel " + kernel,
                "Java: " + System.getProperty("java.vm.name") + " " + Runtime.version());
    }

    /** Resident set size of a process and its descendants, in bytes; 0 when gone. */
    static long rss(ProcessHandle process) {
        long total = rssOf(process.pid());
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
            total += rssOf(child.pid());
        }
        return total;
    }

    static long rssOf(long pid) {
        return grep(Path.of("/proc", Long.toString(pid), "status"), "VmRSS")
                .map(kb -> Long.parseLong(kb.replaceAll("\\D", "")) * 1024).orElse(0L);
    }

    /** RSS of each named process now. */
    static Map<String, Long> rss(Map<String, Optional<ProcessHandle>> processes) {
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        processes.forEach((name, process) -> rss.put(name, process.map(Machine::rss).orElse(0L)));
        return rss;
    }

    private static Optional<String> grep(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
