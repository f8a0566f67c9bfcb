package dev.bazaar.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation of {@code dev.bazaar.bench.gatling} in a JVM of its own (the
 * harness's classpath: this jar and {@code libs/}), with the JVM options Gatling's own launchers
 * use, writes its HTML report under {@code reports}, and reads the figures back from the report's
 * {@code js/stats.js}. Percentiles are configured as 50, 90, 99 and 99.9.
 */
final class GatlingRun {

    /** One request or group of the report: counts, response times in ms, mean requests a second. */
    record Stat(String name, long ok, long ko, double mean, double p50, double p90, double p99, double p999, double max,
                double rps) {
    }

    record Result(Path report, Map<String, Stat> stats) {

        Stat stat(String name) {
            Stat stat = stats.get(name);
            if (stat == null) {
                throw new IllegalStateException("no \"" + name + "\" in the Gatling report " + report + ": " + stats.keySet());
            }
            return stat;
        }
    }

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private GatlingRun() {
    }

    static Result run(String simulation, String description, Map<String, String> params, Path reports, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(reports);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx768m",
                "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow"); // Netty 4.1
        }
        command.addAll(List.of(
                "-Dgatling.charting.indicators.percentile1=50",
                "-Dgatling.charting.indicators.percentile2=90",
                "-Dgatling.charting.indicators.percentile3=99",
                "-Dgatling.charting.indicators.percentile4=99.9",
                // a group's time is its whole duration (place to ended), pauses included
                "-Dgatling.charting.useGroupDurationMetric=true",
                "-Dgatling.core.runDescription=" + description));
        params.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", classpath(), "io.gatling.app.Gatling",
                "-s", "dev.bazaar.bench.gatling." + simulation, "-rf", reports.toAbsolutePath().toString(),
                "-rd", description, "-l", "bazaar-bench"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Gatling did not end within 30 minutes (log: " + log + ")");
            }
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Gatling " + simulation + " failed with exit code " + process.exitValue()
                    + " (log: " + log + ")");
        }
        Path report = newest(reports, simulation.toLowerCase());
        return new Result(report, read(report.resolve("js").resolve("stats.js")));
    }

    /** The figures of every request and group of a report's {@code js/stats.js}. */
    static Map<String, Stat> read(Path statsJs) throws IOException {
        String text = Files.readString(statsJs);
        int start = text.indexOf('{');
        Map<String, Stat> stats = new LinkedHashMap<>();
        collect(LENIENT.readTree(text.substring(start)), stats);
        return stats;
    }

    private static void collect(JsonNode node, Map<String, Stat> into) {
        JsonNode s = node.get("stats");
        if (s != null) {
            into.put(node.get("name").asText(), new Stat(s.get("name").asText(),
                    number(s, "numberOfRequests", "ok"), number(s, "numberOfRequests", "ko"),
                    decimal(s, "meanResponseTime"), decimal(s, "percentiles1"), decimal(s, "percentiles2"),
                    decimal(s, "percentiles3"), decimal(s, "percentiles4"), decimal(s, "maxResponseTime"),
                    decimal(s, "meanNumberOfRequestsPerSecond")));
        }
        JsonNode contents = node.get("contents");
        if (contents != null) {
            for (Iterator<JsonNode> children = contents.elements(); children.hasNext(); ) {
                collect(children.next(), into);
            }
        }
    }

    private static long number(JsonNode stats, String field, String which) {
        String value = stats.get(field).get(which).asText();
        return value.equals("-") ? 0 : Long.parseLong(value);
    }

    private static double decimal(JsonNode stats, String field) {
        String value = stats.get(field).get("ok").asText();
        return value.equals("-") ? Double.NaN : Double.parseDouble(value);
    }

    private static Path newest(Path reports, String prefix) throws IOException {
        try (Stream<Path> dirs = Files.list(reports)) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith(prefix + "-"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("js").resolve("stats.js")))
                    .max(java.util.Comparator.comparing(dir -> dir.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + reports));
        }
    }

    /** The harness's own jar (its manifest names libs/), or the class path when run from an IDE. */
    static String classpath() {
        try {
            Path self = Path.of(GatlingRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) {
                return self + File.pathSeparator + self.resolveSibling("libs").resolve("*");
            }
        } catch (Exception ignored) {
            // the class path then
        }
        return System.getProperty("java.class.path");
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static Duration elapsed(long beginNanos) {
        return Duration.ofNanos(System.nanoTime() - beginNanos);
    }
}
