package dev.bazaar.platform.testapp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The platform test service (this module's test classes) as a real child JVM, for what only a
 * real process shows: signals, exit codes, console output.
 */
public final class TestServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int grpcPort;

    private TestServiceProcess(Process process, Path log, int httpPort, int grpcPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    /** Starts the service with extra environment variables and waits until it is ready. */
    public static TestServiceProcess start(Map<String, String> env) throws Exception {
        int httpPort = freePort();
        int grpcPort = freePort();
        Path log = Files.createTempFile("platform-test-service", ".log");
        Path errors = Files.createTempFile("platform-test-service", ".err");
        // Surefire passes the test classpath in this property (java.class.path is its booter jar).
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", classpath, "io.helidon.Main"))
                .redirectOutput(log.toFile())
                // The JVM's own warnings go to stderr; the console log (stdout) must be pure.
                .redirectError(errors.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(httpPort));
        builder.environment().put("BAZAAR_GRPC_PORT", Integer.toString(grpcPort));
        builder.environment().putAll(env);
        TestServiceProcess service = new TestServiceProcess(builder.start(), log, httpPort, grpcPort);
        service.awaitReady();
        return service;
    }

    public Process process() {
        return process;
    }

    public int httpPort() {
        return httpPort;
    }

    public int grpcPort() {
        return grpcPort;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    public HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(20)).build();
    }

    public int status(String path) throws Exception {
        return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("service died at start:\n" + output());
            }
            try {
                if (status("/healthz/ready") == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service not ready in 60 s:\n" + output());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
