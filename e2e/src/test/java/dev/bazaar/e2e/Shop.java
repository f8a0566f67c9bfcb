package dev.bazaar.e2e;

import dev.bazaar.launcher.Ports;
import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.platform.testing.TestInfrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole shop for a test: the four backends and the BFF as separate processes from this build's
 * jars, on free ports, against the test database. Backends start two at a time (the machine this
 * must run on has two cores), the BFF last, pointed at the backends' gRPC ports.
 */
final class Shop implements AutoCloseable {

    static final List<String> BACKENDS = List.of("auth", "store", "order", "payment");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> grpcPorts = new LinkedHashMap<>();
    private final Path logs;
    private ServiceProcess relay;

    private Shop(Path logs) {
        this.logs = logs;
    }

    private static Shop shared;

    /**
     * The one shop of this test JVM, started by the first test class that asks and stopped when the
     * JVM exits: starting five services and the relay costs tens of seconds on two cores, so the
     * test classes share them. A test that stops a process starts it again before it ends.
     */
    static synchronized Shop shared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "e2e-shop-stop"));
        }
        return shared;
    }

    private static Shop start() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Shop shop = new Shop(Files.createDirectories(Path.of("target", "shop-logs")));
        TestInfrastructure.Database db = TestInfrastructure.database();
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        // Every service verifies access tokens against auth-service's JWKS, on auth's HTTP port.
        int authHttpPort = Ports.freePort();
        String jwksUrl = "http://127.0.0.1:" + authHttpPort + "/.well-known/jwks.json";
        BACKENDS.forEach(backend -> shop.grpcPorts.put(backend, Ports.freePort()));
        // Where each service finds the others (order-service asks store-service for prices).
        Map<String, String> backends = new LinkedHashMap<>();
        shop.grpcPorts.forEach((backend, port) ->
                backends.put("BAZAAR_BACKENDS_" + backend.toUpperCase() + "_ADDRESS", "127.0.0.1:" + port));
        backends.put("BAZAAR_AUTH_JWKS_URL", jwksUrl);
        try (ExecutorService twoAtATime = Executors.newFixedThreadPool(2)) {
            List<Future<ServiceProcess>> starting = BACKENDS.stream().map(backend -> {
                Map<String, String> env = new LinkedHashMap<>(backends);
                env.putAll(Map.of(
                        "BAZAAR_GRPC_PORT", Integer.toString(shop.grpcPorts.get(backend)),
                        "BAZAAR_DB_HOST", db.host(),
                        "BAZAAR_DB_PORT", Integer.toString(db.port()),
                        "BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka));
                ServiceProcess service = shop.process(repo, backend + "-service",
                        backend.equals("auth") ? authHttpPort : Ports.freePort(), env);
                shop.services.put(backend, service);
                return twoAtATime.submit(() -> service.start().awaitReady(READY_TIMEOUT));
            }).toList();
            for (Future<ServiceProcess> service : starting) {
                service.get();
            }
        }
        // The relay starts once the services have created their outbox tables.
        shop.relay = shop.process(repo, "outbox-relay", Ports.freePort(), Map.of(
                "BAZAAR_DB_HOST", db.host(),
                "BAZAAR_DB_PORT", Integer.toString(db.port()),
                "BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka));
        shop.relay.start().awaitReady(READY_TIMEOUT);
        // The BFF follows order status changes on Kafka (GET /api/v1/orders/{id}/events).
        Map<String, String> bffEnv = new LinkedHashMap<>(backends);
        bffEnv.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka);
        ServiceProcess bff = shop.process(repo, "web-bff", Ports.freePort(), bffEnv);
        shop.services.put("bff", bff);
        bff.start().awaitReady(READY_TIMEOUT);
        return shop;
    }

    private ServiceProcess process(Path repo, String name, int httpPort, Map<String, String> env) {
        Path jar = repo.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./shop test does)");
        }
        return ServiceProcess.forJar(name, jar)
                .httpPort(httpPort)
                .env("SERVER_PORT", Integer.toString(httpPort))
                .env(env)
                .jvmOptions(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .logFile(logs.resolve(name + ".log"))
                .build();
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    ServiceProcess relay() {
        return relay;
    }

    ServiceProcess bff() {
        return services.get("bff");
    }

    int grpcPort(String backend) {
        return grpcPorts.get(backend);
    }

    Map<String, ServiceProcess> all() {
        return services;
    }

    @Override
    public void close() {
        List.copyOf(services.values()).reversed().forEach(ServiceProcess::stop);
        if (relay != null) {
            relay.stop();
        }
    }
}
