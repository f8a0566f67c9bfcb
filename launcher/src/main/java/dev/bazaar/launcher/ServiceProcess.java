package dev.bazaar.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java service run as a child process: {@code java <jvm options> -jar <jar>} (or a main class on
 * a classpath), output to a log file, ready when {@code GET /healthz/ready} answers 200.
 *
 * <p>Used by {@code ./shop up} and by whole-system tests, which start services, stop them with
 * SIGTERM or kill them to test recovery:
 * <pre>{@code
 * ServiceProcess auth = ServiceProcess.forJar("auth-service", jar)
 *         .httpPort(8081).env("BAZAAR_DB_PORT", "3307").logFile(logs.resolve("auth-service.log"))
 *         .build();
 * auth.start().awaitReady(Duration.ofSeconds(60));
 * ...
 * auth.stop();
 * }</pre>
 */
public final class ServiceProcess implements Component {

    public static final String READY_PATH = "/healthz/ready";

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private ChildProcess process;

    /**
     * @param launch     what follows the JVM options: {@code -jar x.jar} or {@code -cp cp Main args}
     * @param stopGrace  how long a SIGTERM may take before SIGKILL
     */
    /**
     * How ./shop up (and the bench, to measure what ./shop up runs) starts a service: the heap starts
     * small and grows as needed (the JVM's default initial heap is 1/64 of the machine's memory, which
     * every service would commit), the serial collector (little native overhead; pauses of a few ms at
     * these heap sizes), smaller thread stacks and code cache; and MALLOC_ARENA_MAX=2 (see the builder).
     * Measured with ./shop up on the 2-core bench machine: the six processes' RSS at idle went from
     * 1,905 MiB (-Xmx384m alone) to 1,551 MiB (these, with -Xmx192m). The tests run the services
     * with -Xmx256m and the serial collector under the reliability suite's load.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms16m", "-Xmx256m", "-Xss512k",
            "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError");

    public record Settings(String name, String java, List<String> jvmOptions, List<String> launch,
                           Map<String, String> env, int httpPort, String readyPath, Path logFile,
                           Path workDir, Duration stopGrace) {

        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(logFile, "logFile");
            jvmOptions = List.copyOf(jvmOptions);
            launch = List.copyOf(launch);
            env = Map.copyOf(env);
        }
    }

    public ServiceProcess(Settings settings) {
        this.settings = settings;
    }

    /** {@code java -jar <jar>}: a Helidon service's {@code target/<name>.jar} with its {@code libs/}. */
    public static Builder forJar(String name, Path jar) {
        return new Builder(name, List.of("-jar", jar.toAbsolutePath().toString()))
                .workDir(jar.toAbsolutePath().getParent());
    }

    /** {@code java -cp <classpath> <mainClass> <args>}: e.g. a stub server from test sources. */
    public static Builder forMainClass(String name, String classpath, String mainClass, String... args) {
        List<String> launch = new ArrayList<>(List.of("-cp", classpath, mainClass));
        launch.addAll(List.of(args));
        return new Builder(name, launch);
    }

    @Override
    public String name() {
        return settings.name();
    }

    /** Starts the process and returns at once; see {@link #awaitReady(Duration)}. */
    public ServiceProcess start() {
        return launch();
    }

    /** The same as {@link #start()}. */
    @Override
    public synchronized ServiceProcess launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name() + " is already running as pid " + process.pid());
        }
        List<String> command = new ArrayList<>();
        command.add(settings.java());
        command.addAll(settings.jvmOptions());
        command.addAll(settings.launch());
        process = ChildProcess.start(name(), command, settings.env(), settings.workDir(), settings.logFile());
        return this;
    }

    /**
     * Waits until {@code GET http://127.0.0.1:<port>/healthz/ready} answers 200.
     *
     * @throws StartupException when the process exits first (at once, with its log's tail) or the
     *                          timeout passes
     */
    @Override
    public ServiceProcess awaitReady(Duration timeout) {
        if (process == null) {
            throw new IllegalStateException(name() + " was not started");
        }
        HttpRequest request = HttpRequest.newBuilder(readyUri()).timeout(Duration.ofSeconds(2)).GET().build();
        Await.ready(process, name(), timeout,
                () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return this;
    }

    /** SIGTERM, then SIGKILL after the grace period; a no-op when not running. */
    @Override
    public synchronized void stop() {
        stop(settings.stopGrace());
    }

    /** @return true when the process exited by itself within {@code grace} */
    public synchronized boolean stop(Duration grace) {
        return process == null || process.stop(grace);
    }

    /** SIGKILL: a crash, for recovery tests. */
    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(ChildProcess::handle);
    }

    /** The exit code once the process has ended (143 after SIGTERM for a JVM: that is normal). */
    public int exitValue() {
        if (process == null || process.isAlive()) {
            throw new IllegalStateException(name() + " has not exited");
        }
        return process.exitValue();
    }

    public int httpPort() {
        return settings.httpPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + settings.httpPort());
    }

    public URI readyUri() {
        return baseUri().resolve(settings.readyPath());
    }

    @Override
    public Path logFile() {
        return settings.logFile();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return name() + (process == null ? "" : " (pid " + process.pid() + ")");
    }

    /** Settings with defaults: the launcher's JVM, readiness at {@link #READY_PATH}, 20 s grace. */
    public static final class Builder {

        private final String name;
        private final List<String> launch;
        private String java = Java.executable();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private int httpPort = -1;
        private String readyPath = READY_PATH;
        private Path logFile;
        private Path workDir = Path.of(".").toAbsolutePath().normalize();
        private Duration stopGrace = Duration.ofSeconds(20);

        private Builder(String name, List<String> launch) {
            this.name = name;
            this.launch = launch;
            if (System.getenv("MALLOC_ARENA_MAX") == null) {
                // glibc keeps up to 8 malloc arenas per core for a JVM's many threads; 2 hold less native memory
                env.put("MALLOC_ARENA_MAX", "2");
            }
        }

        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder env(Map<String, String> values) {
            env.putAll(values);
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public Builder java(String javaExecutable) {
            this.java = javaExecutable;
            return this;
        }

        public Builder readyPath(String path) {
            this.readyPath = path;
            return this;
        }

        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        public Builder stopGrace(Duration grace) {
            this.stopGrace = grace;
            return this;
        }

        public ServiceProcess build() {
            if (httpPort <= 0) {
                throw new IllegalStateException(name + ": httpPort is required (readiness is checked over HTTP)");
            }
            Path log = logFile != null ? logFile : workDir.resolve(name + ".log");
            return new ServiceProcess(new Settings(name, java, jvmOptions, launch, env, httpPort, readyPath, log,
                    workDir, stopGrace));
        }
    }
}
