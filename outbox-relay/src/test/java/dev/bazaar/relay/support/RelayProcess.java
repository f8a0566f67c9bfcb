package dev.bazaar.relay.support;

import dev.bazaar.launcher.Ports;
import dev.bazaar.launcher.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The relay as {@code ./shop up} runs it: {@code java -jar target/outbox-relay.jar} with the
 * connection in environment variables; its offsets and schema history in topics of this test run.
 */
public final class RelayProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private RelayProcess() {
    }

    /** @param relay names the log file and the storage topics: the same name resumes the same offsets */
    public static ServiceProcess create(String relay, String dbHost, int dbPort) {
        Path jar = Path.of("target", "outbox-relay.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after `package` (mvn verify)");
        }
        int httpPort = Ports.freePort();
        return ServiceProcess.forJar("outbox-relay-" + relay, jar)
                .httpPort(httpPort)
                .jvmOptions(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"))
                .logFile(Path.of("target", "relay-" + relay + ".log").toAbsolutePath())
                .stopGrace(Duration.ofSeconds(40))
                .env("SERVER_HOST", "127.0.0.1")
                .env("SERVER_PORT", Integer.toString(httpPort))
                .env("BAZAAR_DB_HOST", dbHost)
                .env("BAZAAR_DB_PORT", Integer.toString(dbPort))
                .env("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", TestRelays.kafka())
                .env("BAZAAR_RELAY_OFFSETS_TOPIC", TestRelays.offsetsTopic(relay))
                .env("BAZAAR_RELAY_SCHEMA_HISTORY_TOPIC", TestRelays.historyTopic(relay))
                .build();
    }

    /** The HTTP status of {@code path}, or -1 when nothing answers. */
    public static int status(ServiceProcess relay, String path) {
        try {
            return get(relay, path).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    public static HttpResponse<String> get(ServiceProcess relay, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(relay.baseUri() + path))
                // Prometheus text for /metrics, JSON for health
                .header("Accept", path.startsWith("/metrics") ? "text/plain" : "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Waits until {@code path} answers {@code status}; false after {@code timeout}. */
    public static boolean awaitStatus(ServiceProcess relay, String path, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(relay, path) == status) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
