package dev.bazaar.reliability;

import dev.bazaar.launcher.Component;
import dev.bazaar.launcher.KafkaBroker;
import dev.bazaar.launcher.MariaDbServer;
import dev.bazaar.launcher.Ports;
import dev.bazaar.launcher.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole shop for the reliability suite, on infrastructure of its own: a MariaDB server and a
 * Kafka broker started here through the launcher's classes (not the shared test infrastructure of
 * {@code ./shop test}, which other modules use and which must never be killed), the four backends,
 * the outbox relay and the BFF as processes from this build's jars. Every part can be killed
 * (SIGKILL), stopped (SIGTERM) and started again on the same ports and data.
 *
 * <p>Differences from {@code ./shop up}, each for the tests: an admin account exists (the
 * authorization matrix needs one); the BFF trusts one proxy, so each test client names its own
 * address in {@code X-Forwarded-For} and the login limits of one test never lock out another;
 * order-service resends a late saga step after 10 s instead of 20 s and looks every second, so a
 * step lost to a fault is retried within the suite's time bound.
 */
final class ReliabilityShop {

    static final List<String> BACKENDS = List.of("auth", "store", "order", "payment");
    /** Everything the fault injection may kill, by the name {@link #kill} takes. */
    static final List<String> PARTS = List.of("auth", "store", "order", "payment", "relay", "bff", "kafka", "mariadb");
    static final List<String> SCHEMAS = List.of("auth", "store", "orders", "payment");
    static final String ADMIN_EMAIL = "admin@reliability.example.org";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static ReliabilityShop shared;

    final String adminPassword = secret();
    /** Service clients' secrets: what auth-service knows and each service presents (none is ever logged). */
    final Map<String, String> serviceSecrets = new LinkedHashMap<>();
    final Path home;
    final Path logs;
    private final Path repo;
    private MariaDbServer mariadb;
    private KafkaBroker kafka;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> grpcPorts = new LinkedHashMap<>();

    private ReliabilityShop(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
        this.logs = home.resolve("logs");
    }

    /** The one shop of this test JVM, started by the first test that asks, stopped when the JVM exits. */
    static synchronized ReliabilityShop shared() {
        if (shared == null) {
            long started = System.nanoTime();
            Path home = Path.of("target", "reliability").toAbsolutePath();
            deleteRecursively(home); // a fresh shop for every run: the invariants count from zero
            shared = new ReliabilityShop(Path.of("").toAbsolutePath().getParent(), home);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "reliability-shop-stop"));
            try {
                shared.start();
            } catch (Exception e) {
                shared.close();
                throw new IllegalStateException("the reliability shop did not start: " + e.getMessage(), e);
            }
            Summary.note("shop started in %d s (MariaDB %s, Kafka, 4 backends, relay, BFF; logs in %s)",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), shared.mariadb.binaries().describe(),
                    shared.logs);
        } else {
            shared.startWhatIsDown();
        }
        return shared;
    }

    /** The shop as it is, parts stopped or not (for tests that only read its logs); started if there is none yet. */
    static synchronized ReliabilityShop asItIs() {
        return shared != null ? shared : shared();
    }

    /** A test that stopped a part for good (the last one needs not wait for a restart) leaves it to the next. */
    private void startWhatIsDown() {
        for (String part : PARTS) {
            boolean alive = component(part).process().map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                restart(part);
            }
        }
    }

    private void start() throws Exception {
        Files.createDirectories(logs);
        mariadb = new MariaDbServer(MariaDbServer.Settings.of(home.resolve("mariadb"), Ports.freePort())
                .withLogFile(logs.resolve("mariadb.log")));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        kafka = new KafkaBroker(KafkaBroker.Settings.of(home.resolve("kafka"), Ports.freePort(), Ports.freePort(), classpath)
                .withLogFile(logs.resolve("kafka.log")));
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            Future<?> db = both.submit(() -> mariadb.start());
            Future<?> broker = both.submit(() -> kafka.start());
            db.get();
            broker.get();
        }
        // As the launcher does: the schemas, and with them the binlog's first GTID the relay needs.
        try (Connection connection = mariadb.connect(); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "`");
            }
        }
        for (String backend : List.of("store", "order", "payment", "web-bff")) {
            serviceSecrets.put(backend.equals("web-bff") ? backend : backend + "-service", secret());
        }
        int authHttpPort = Ports.freePort();
        BACKENDS.forEach(backend -> grpcPorts.put(backend, Ports.freePort()));
        Map<String, String> common = new LinkedHashMap<>();
        grpcPorts.forEach((backend, port) ->
                common.put("BAZAAR_BACKENDS_" + backend.toUpperCase() + "_ADDRESS", "127.0.0.1:" + port));
        common.put("BAZAAR_AUTH_JWKS_URL", "http://127.0.0.1:" + authHttpPort + "/.well-known/jwks.json");
        common.put("BAZAAR_DB_HOST", mariadb.host());
        common.put("BAZAAR_DB_PORT", Integer.toString(mariadb.port()));
        common.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        for (String backend : BACKENDS) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("BAZAAR_GRPC_PORT", Integer.toString(grpcPorts.get(backend)));
            String name = backend + "-service";
            if (backend.equals("auth")) {
                env.put("BAZAAR_AUTH_ADMIN_EMAIL", ADMIN_EMAIL);
                env.put("BAZAAR_AUTH_ADMIN_PASSWORD", adminPassword);
                env.put("BAZAAR_AUTH_SERVICE_CLIENTS", String.join(",", serviceSecrets.keySet()));
                serviceSecrets.forEach((client, secret) -> env.put(
                        "BAZAAR_AUTH_SERVICE_CLIENTS_" + client.toUpperCase().replace('-', '_') + "_SECRET", secret));
            } else {
                env.put("BAZAAR_SERVICE_CREDENTIALS_SECRET", serviceSecrets.get(name));
            }
            if (backend.equals("order")) {
                env.put("BAZAAR_CHECKOUT_STEP_TIMEOUT", "PT10S");
                env.put("BAZAAR_CHECKOUT_TIMER_INTERVAL", "PT1S");
            }
            processes.put(backend, process(name, backend.equals("auth") ? authHttpPort : Ports.freePort(), env));
        }
        // the backends two at a time (two cores), then the relay (it needs the outbox tables), then the BFF
        try (ExecutorService twoAtATime = Executors.newFixedThreadPool(2)) {
            List<Future<?>> starting = new ArrayList<>();
            for (String backend : BACKENDS) {
                starting.add(twoAtATime.submit(() -> processes.get(backend).start().awaitReady(READY_TIMEOUT)));
            }
            for (Future<?> backend : starting) {
                backend.get();
            }
        }
        processes.put("relay", process("outbox-relay", Ports.freePort(), common));
        processes.get("relay").start().awaitReady(READY_TIMEOUT);
        Map<String, String> bffEnv = new LinkedHashMap<>(common);
        bffEnv.put("BAZAAR_SERVICE_CREDENTIALS_SECRET", serviceSecrets.get("web-bff"));
        bffEnv.put("BAZAAR_BFF_TRUSTED_PROXIES", "1");
        processes.put("bff", process("web-bff", Ports.freePort(), bffEnv));
        processes.get("bff").start().awaitReady(READY_TIMEOUT);
        warmUp();
    }

    /**
     * One checkout through the whole shop before any test: the first calls into a fresh JVM (classes
     * loaded, connections opened, Kafka groups joined) take seconds on two cores, longer than the
     * BFF's 2 s deadline for a backend; no test should measure that.
     */
    private void warmUp() throws Exception {
        Bff bff = Bff.client(bff(), 250);
        Bff.Account seller = bff.signUp("seller");
        String product = bff.addProduct(seller, bff.openStore(seller), 100, 10);
        Bff.Account customer = bff.signUp("customer");
        bff.topUp(customer, 1000);
        String order = Bff.json(bff.order(customer, java.util.UUID.randomUUID().toString(), product, 1)).getString("id");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!bff.status(customer, order).orElse("").equals("APPROVED")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up checkout " + order + " was not approved within " + READY_TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    private ServiceProcess process(String name, int httpPort, Map<String, String> env) {
        Path jar = repo.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./shop test does)");
        }
        return ServiceProcess.forJar(name, jar)
                .httpPort(httpPort)
                .env("SERVER_HOST", "127.0.0.1")
                .env("SERVER_PORT", Integer.toString(httpPort))
                .env(env)
                .jvmOptions(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .logFile(logs.resolve(name + ".log"))
                .build();
    }

    /** A process of the shop by short name: auth, store, order, payment, relay, bff. */
    ServiceProcess service(String name) {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no such service: " + name);
        }
        return process;
    }

    private Component component(String part) {
        return switch (part) {
            case "mariadb" -> mariadb;
            case "kafka" -> kafka;
            default -> service(part);
        };
    }

    /** SIGKILL, as a crash would. */
    void kill(String part) {
        component(part).kill();
    }

    /** Starts a killed or stopped part again on its ports and data and waits until it is ready. */
    void restart(String part) {
        switch (part) {
            case "mariadb" -> mariadb.start();
            case "kafka" -> kafka.start();
            default -> service(part).start().awaitReady(READY_TIMEOUT);
        }
    }

    URI bff() {
        return service("bff").baseUri();
    }

    int grpcPort(String backend) {
        return grpcPorts.get(backend);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A JDBC connection to the shop's MariaDB as root: the invariants are read from every service's tables. */
    Connection sql() throws SQLException {
        return mariadb.connect();
    }

    /** Every log file the shop's processes wrote. */
    List<Path> logFiles() {
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        List<ServiceProcess> running = new ArrayList<>(processes.values());
        java.util.Collections.reverse(running);
        running.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (mariadb != null) {
            mariadb.stop();
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
