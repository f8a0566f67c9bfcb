package dev.bazaar.platform.testing;

import dev.bazaar.launcher.KafkaBroker;
import dev.bazaar.launcher.MariaDbServer;
import dev.bazaar.launcher.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real MariaDB and Kafka broker that integration tests run against.
 *
 * <p>{@code ./shop test} starts them once for the whole suite and passes their addresses in
 * {@code BAZAAR_TEST_DB_HOST}/{@code BAZAAR_TEST_DB_PORT} and
 * {@code BAZAAR_TEST_KAFKA_BOOTSTRAP_SERVERS}. A test started alone (from an IDE, or
 * {@code mvn test} in one module) finds no such variables and gets private ones started here in
 * {@code target/test-infra}, stopped when the JVM exits; each is started only when first asked for.
 */
public final class TestInfrastructure {

    public record Database(String host, int port) {
    }

    private static Database database;
    private static String kafkaBootstrapServers;

    private TestInfrastructure() {
    }

    public static synchronized Database database() {
        if (database == null) {
            database = fromEnvironment().orElseGet(TestInfrastructure::startPrivateDatabase);
        }
        return database;
    }

    /** {@code host:port} of the Kafka broker. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = Optional.ofNullable(System.getenv("BAZAAR_TEST_KAFKA_BOOTSTRAP_SERVERS"))
                    .filter(servers -> !servers.isBlank())
                    .orElseGet(TestInfrastructure::startPrivateKafka);
        }
        return kafkaBootstrapServers;
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

    private static String startPrivateKafka() {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-infra")), "kafka-");
            // The test classpath holds kafka_2.13 (through bazaar-launcher): the broker JVM uses it.
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            KafkaBroker broker = new KafkaBroker(KafkaBroker.Settings.of(dataDir, Ports.freePort(), Ports.freePort(), classpath))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
            return broker.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a directory for the test Kafka broker", e);
        }
    }
}
