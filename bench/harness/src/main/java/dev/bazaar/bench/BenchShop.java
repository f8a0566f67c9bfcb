package dev.bazaar.bench;

import dev.bazaar.launcher.KafkaBroker;
import dev.bazaar.launcher.MariaDbServer;
import dev.bazaar.launcher.Ports;
import dev.bazaar.launcher.ServiceProcess;

import java.io.File;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A private shop for the bench, as {@code ./shop up} runs it (same jars, JVM options, environment
 * and service secrets) but on free loopback ports and in a fresh {@code .shop/bench/}, so it never
 * meets a developer's shop or the test infrastructure. MariaDB and Kafka start side by side, then
 * the outbox relay, then each service alone (so its cold start is its own), the BFF last, then the
 * bare Helidon hello the catalogue is compared with. Every start is timed.
 */
final class BenchShop implements AutoCloseable {

    /** The services in start order (the relay first: it must read the binlog before anyone writes). */
    static final List<String> SERVICES = List.of("outbox-relay", "auth-service", "store-service", "order-service",
            "payment-service", "web-bff");
    static final String HELLO = "bench-hello";
    /** As ./shop up starts every service. */
    static final List<String> JVM_OPTIONS = ServiceProcess.DEFAULT_JVM_OPTIONS;
    /**
     * The services' options, with a bigger heap: at -Xmx256m the bare Helidon MP 4.2.0 hello ran out of
     * heap under Gatling's flat-out load (about 20 000 requests a second), which no service reaches;
     * a ceiling that fails would make every ratio meaningless. Its RSS is reported as measured.
     */
    static final List<String> HELLO_JVM_OPTIONS = java.util.stream.Stream.concat(JVM_OPTIONS.stream(),
            java.util.stream.Stream.of("-Xmx1g", "-XX:+HeapDumpOnOutOfMemoryError")).toList();
    static final List<String> SCHEMAS = List.of("auth", "store", "orders", "payment", "bench");
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private final Path repo;
    private final Path state;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> grpcPorts = new LinkedHashMap<>();
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private MariaDbServer db;
    private KafkaBroker kafka;

    private final boolean jfr;

    private BenchShop(Path repo, boolean jfr) {
        this.repo = repo;
        this.state = repo.resolve(".shop").resolve("bench");
        this.jfr = jfr;
    }

    /** @param jfr whether every shop process records a JFR profile into {@code .shop/bench/jfr/<name>.jfr} */
    static BenchShop start(Path repo, boolean jfr, Progress progress) throws Exception {
        BenchShop shop = new BenchShop(repo, jfr);
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close, "bench-shop-stop"));
        try {
            shop.startAll(progress);
        } catch (Exception | Error e) {
            shop.close();
            throw e;
        }
        return shop;
    }

    private void startAll(Progress progress) throws Exception {
        for (String name : SERVICES) {
            Path jar = jar(name);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./shop bench does)");
            }
        }
        Format.deleteRecursively(state);
        Files.createDirectories(logs());
        progress.step("MariaDB and Kafka in " + repo.relativize(state));
        db = new MariaDbServer(MariaDbServer.Settings.of(state.resolve("data").resolve("mariadb"), Ports.freePort())
                .withLogFile(logs().resolve("mariadb.log")));
        String kafkaClasspath = repo.resolve("launcher/target/bazaar-launcher.jar") + File.pathSeparator
                + repo.resolve("launcher/target/libs/*");
        kafka = new KafkaBroker(KafkaBroker.Settings.of(state.resolve("data").resolve("kafka"), Ports.freePort(),
                Ports.freePort(), kafkaClasspath).withLogFile(logs().resolve("kafka.log")));
        CompletableFuture<Void> kafkaUp = CompletableFuture.runAsync(() -> kafka.start().awaitReady(TIMEOUT));
        db.start().awaitReady(TIMEOUT);
        kafkaUp.join();
        createSchemas();

        for (String name : SERVICES) {
            if (!name.equals("outbox-relay") && !name.equals("web-bff")) {
                grpcPorts.put(name, Ports.freePort());
            }
        }
        int authHttp = Ports.freePort();
        Map<String, String> secrets = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (String name : SERVICES) {
            if (!name.equals("auth-service") && !name.equals("outbox-relay")) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                secrets.put(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
        }
        for (String name : SERVICES) {
            int http = name.equals("auth-service") ? authHttp : Ports.freePort();
            ServiceProcess.Builder builder = ServiceProcess.forJar(name, jar(name))
                    .httpPort(http)
                    .jvmOptions(jvmOptions(name))
                    .logFile(logs().resolve(name + ".log"))
                    .env("SERVER_HOST", "127.0.0.1")
                    .env("SERVER_PORT", String.valueOf(http))
                    .env("BAZAAR_DB_HOST", db.host())
                    .env("BAZAAR_DB_PORT", String.valueOf(db.port()))
                    .env("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
                    .env("BAZAAR_AUTH_JWKS_URL", "http://127.0.0.1:" + authHttp + "/.well-known/jwks.json");
            if (grpcPorts.containsKey(name)) {
                builder.env("BAZAAR_GRPC_PORT", String.valueOf(grpcPorts.get(name)));
            }
            grpcPorts.forEach((backend, port) -> builder.env("BAZAAR_BACKENDS_"
                    + backend.replaceFirst("-service$", "").toUpperCase(Locale.ROOT) + "_ADDRESS", "127.0.0.1:" + port));
            if (name.equals("auth-service")) {
                builder.env("BAZAAR_AUTH_SERVICE_CLIENTS", String.join(",", secrets.keySet()));
                secrets.forEach((client, secret) -> builder.env("BAZAAR_AUTH_SERVICE_CLIENTS_"
                        + client.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET", secret));
                // the bench's customers keep their token for a whole run
                builder.env("BAZAAR_AUTH_ACCESS_TOKEN_LIFETIME", "PT6H");
            } else if (secrets.containsKey(name)) {
                builder.env("BAZAAR_SERVICE_CREDENTIALS_SECRET", secrets.get(name));
            }
            startTimed(builder.build(), progress);
        }
        int helloPort = Ports.freePort();
        startTimed(ServiceProcess.forJar(HELLO, repo.resolve("bench/hello/target/bench-hello.jar"))
                .httpPort(helloPort).readyPath("/hello").jvmOptions(HELLO_JVM_OPTIONS)
                .logFile(logs().resolve(HELLO + ".log"))
                .env("SERVER_PORT", String.valueOf(helloPort)).build(), progress);
    }

    private List<String> jvmOptions(String name) throws java.io.IOException {
        if (!jfr) {
            return JVM_OPTIONS;
        }
        Path recordings = Files.createDirectories(state.resolve("jfr"));
        List<String> options = new java.util.ArrayList<>(JVM_OPTIONS);
        options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recordings.resolve(name + ".jfr"));
        return options;
    }

    private void startTimed(ServiceProcess service, Progress progress) {
        long begin = System.nanoTime();
        service.start().awaitReady(TIMEOUT);
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        services.put(service.name(), service);
        startTimes.put(service.name(), took);
        progress.step(service.name() + " ready in " + Format.seconds(took));
    }

    private void createSchemas() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "`");
            }
        }
    }

    private Path jar(String name) {
        return repo.resolve(name).resolve("target").resolve(name + ".jar");
    }

    Path logs() {
        return state.resolve("logs");
    }

    URI bff() {
        return services.get("web-bff").baseUri();
    }

    URI hello() {
        return services.get(HELLO).baseUri();
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    Map<String, Duration> startTimes() {
        return startTimes;
    }

    MariaDbServer db() {
        return db;
    }

    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** Every process of the shop by name, the infrastructure included, for memory readings. */
    Map<String, Optional<ProcessHandle>> processes() {
        Map<String, Optional<ProcessHandle>> all = new LinkedHashMap<>();
        services.forEach((name, service) -> all.put(name, service.process()));
        all.put("mariadb", db == null ? Optional.empty() : db.process());
        all.put("kafka", kafka == null ? Optional.empty() : kafka.process());
        return all;
    }

    Connection connect() throws SQLException {
        return db.connect();
    }

    @Override
    public synchronized void close() {
        List<ServiceProcess> running = new ArrayList<>(services.values());
        services.clear();
        running.reversed().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (db != null) {
            db.stop();
            db = null;
        }
    }
}
