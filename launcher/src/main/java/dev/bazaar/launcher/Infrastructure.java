package dev.bazaar.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * MariaDB and Kafka for a launcher run: started side by side (they don't depend on each other,
 * and MariaDB's first unpack overlaps with Kafka's JVM start), or external ones used as given.
 *
 * @param dbHost           where the services find MariaDB
 * @param kafkaBootstrap   where the services find Kafka
 * @param dbDescription    for the summary: "embedded MariaDB 11.4.5 on 127.0.0.1:3307" or "external ..."
 */
record Infrastructure(String dbHost, int dbPort, String kafkaBootstrap, String dbDescription, boolean localDb) {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** The services' own schemas (the outbox relay reads their outbox tables). */
    static final List<String> SERVICE_SCHEMAS = List.of("auth", "store", "orders", "payment");

    static Infrastructure start(Options options, Layout layout, Stack stack, Progress progress) {
        String dbDescription;
        // own threads: the common pool has a single thread on a 2-core machine
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<String> db = options.externalDb().isPresent()
                    ? CompletableFuture.completedFuture(useExternalDb(options.externalDb().get(), progress))
                    : CompletableFuture.supplyAsync(() -> startMariaDb(options, layout, stack), threads);
            CompletableFuture<Void> kafka = options.externalKafka().isPresent()
                    ? CompletableFuture.runAsync(() -> useExternalKafka(options.externalKafka().get(), progress), threads)
                    : CompletableFuture.runAsync(() -> startKafka(options, layout, stack), threads);
            dbDescription = db.join();
            kafka.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        String dbHost = options.externalDb().map(Options.HostPort::host).orElse(MariaDbServer.HOST);
        int dbPort = options.externalDb().map(Options.HostPort::port).orElse(options.dbPort());
        String bootstrap = options.externalKafka().orElse(KafkaBroker.HOST + ":" + options.kafkaPort());
        return new Infrastructure(dbHost, dbPort, bootstrap, dbDescription, options.externalDb().isEmpty());
    }

    /**
     * The Kafka broker's classpath: the launcher's own jar (its manifest lists {@code libs/}) and
     * {@code libs/*} beside it; from an IDE or a test, the JVM's class path.
     */
    static String kafkaClasspath() {
        try {
            Path self = Path.of(Shop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path libs = self.resolveSibling("libs");
            if (self.toString().endsWith(".jar") && java.nio.file.Files.isDirectory(libs)) {
                return self + java.io.File.pathSeparator + libs.resolve("*");
            }
        } catch (Exception ignored) {
            // fall through to the class path
        }
        return System.getProperty("java.class.path");
    }

    private static String startMariaDb(Options options, Layout layout, Stack stack) {
        MariaDbServer server = new MariaDbServer(
                MariaDbServer.Settings.of(layout.data("mariadb"), options.dbPort()).withLogFile(layout.log("mariadb")));
        stack.start(server, TIMEOUT, () -> server.binaries().describe());
        createServiceSchemas(server);
        return server.binaries().describe() + " on " + server.host() + ":" + server.port();
    }

    /**
     * Creates the services' schemas as a database's bootstrap would (docs/decisions/0006); the
     * services migrate them. On a new server this is also the binlog's first transaction, which the
     * outbox relay needs: Debezium's MariaDB connector (3.4) fails to stream from a server whose
     * binlog holds no GTID yet (DBZ-1378), and the relay starts before the services.
     */
    private static void createServiceSchemas(MariaDbServer server) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            for (String schema : SERVICE_SCHEMAS) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "`");
            }
        } catch (SQLException e) {
            throw new StartupException("cannot create the service schemas in MariaDB: " + e.getMessage(), e);
        }
    }

    private static void startKafka(Options options, Layout layout, Stack stack) {
        KafkaBroker broker = new KafkaBroker(KafkaBroker.Settings.of(layout.data("kafka"), options.kafkaPort(),
                        options.kafkaControllerPort(), kafkaClasspath())
                .withLogFile(layout.log("kafka")));
        stack.start(broker, TIMEOUT, null);
    }

    private static String useExternalDb(Options.HostPort db, Progress progress) {
        progress.line("mariadb", "external at " + db + reachability(db.host(), db.port()));
        return "external MariaDB at " + db;
    }

    private static void useExternalKafka(String bootstrap, Progress progress) {
        String first = bootstrap.split(",")[0].trim();
        int colon = first.lastIndexOf(':');
        String check = colon < 0 ? "" : reachability(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
        progress.line("kafka", "external at " + bootstrap + check);
    }

    /** A warning, not a failure: the services report a missing dependency in their readiness. */
    private static String reachability(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return "";
        } catch (IOException e) {
            return " (warning: not reachable now: " + e.getMessage() + ")";
        }
    }
}
