package dev.bazaar.platform.testing;

import dev.bazaar.launcher.MariaDbServer;
import dev.bazaar.launcher.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real MariaDB (and, with the event backbone, Kafka) that integration tests run against.
 *
 * <p>{@code ./shop test} starts them once for the whole suite and passes their addresses in
 * {@code BAZAAR_TEST_DB_HOST}/{@code BAZAAR_TEST_DB_PORT}. A test started alone (from an IDE, or
 * {@code mvn test} in one module) finds no such variables and gets a private MariaDB started here
 * in {@code target/test-infra}, stopped when the JVM exits.
 */
public final class TestInfrastructure {

    public record Database(String host, int port) {
    }

    private static Database database;

    private TestInfrastructure() {
    }

    public static synchronized Database database() {
        if (database == null) {
            database = fromEnvironment().orElseGet(TestInfrastructure::startPrivateDatabase);
        }
        return database;
    }

    private static Optional<Database> fromEnvironment() {
        String port = System.getenv("BAZAAR_TEST_DB_PORT");
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        String host = Optional.ofNullable(System.getenv("BAZAAR_TEST_DB_HOST")).orElse("127.0.0.1");
        return Optional.of(new Database(host, Integer.parseInt(port.trim())));
    }

    private static Database startPrivateDatabase() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-infra"));
            Path dataDir = Files.createTempDirectory(dir, "mariadb-");
            MariaDbServer server = new MariaDbServer(MariaDbServer.Settings.of(dataDir, Ports.freePort())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mariadb-stop"));
            return new Database(server.host(), server.port());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a directory for the test database", e);
        }
    }
}
