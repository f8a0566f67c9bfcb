package dev.bazaar.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A stand-in for a Helidon service in the launcher's tests: serves {@code /healthz/ready} (200
 * once "started"), logs SIGTERM, and can misbehave on request.
 *
 * <p>Arguments: {@code --port N} (else {@code SERVER_PORT}), {@code --ready-after-ms N},
 * {@code --exit-at-start CODE}, {@code --never-ready}, {@code --ignore-sigterm}.
 */
public final class StubService {

    private StubService() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int port = Integer.parseInt(option(options, "--port", System.getenv().getOrDefault("SERVER_PORT", "0")));
        long readyAfter = Long.parseLong(option(options, "--ready-after-ms", "0"));
        System.out.println("stub starting on port " + port + " env BAZAAR_DB_PORT=" + System.getenv("BAZAAR_DB_PORT")
                + " BAZAAR_KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("BAZAAR_KAFKA_BOOTSTRAP_SERVERS")
                + " BAZAAR_GRPC_PORT=" + System.getenv("BAZAAR_GRPC_PORT"));
        if (options.contains("--exit-at-start")) {
            System.out.println("simulated start failure: cannot connect to the database");
            System.exit(Integer.parseInt(option(options, "--exit-at-start", "1")));
        }
        boolean neverReady = options.contains("--never-ready");
        long readyAt = System.currentTimeMillis() + readyAfter;

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/healthz/ready", exchange -> {
            boolean ready = !neverReady && System.currentTimeMillis() >= readyAt;
            respond(exchange.getResponseBody(), exchange, ready ? 200 : 503, ready ? "UP" : "DOWN");
        });
        server.start();

        boolean ignoreSigterm = options.contains("--ignore-sigterm");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stub stopping: SIGTERM received");
            if (ignoreSigterm) {
                sleep(120_000); // a hung shutdown: only SIGKILL ends it
            }
            server.stop(0);
            System.out.println("stub stopped");
        }));
        System.out.println("stub listening");
    }

    private static void respond(OutputStream body, com.sun.net.httpserver.HttpExchange exchange, int status,
                                String text) throws IOException {
        byte[] bytes = text.getBytes();
        exchange.sendResponseHeaders(status, bytes.length);
        try (body) {
            body.write(bytes);
        }
    }

    private static String option(List<String> options, String name, String fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() && !options.get(index + 1).startsWith("--")
                ? options.get(index + 1) : fallback;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
