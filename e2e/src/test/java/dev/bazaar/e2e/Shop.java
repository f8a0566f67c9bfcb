package dev.bazaar.e2e;

import dev.bazaar.launcher.Ports;
import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.platform.testing.OtlpReceiver;
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
 * must run on has two cores), the BFF last, pointed at the backends' gRPC ports. Every process
 * exports its spans over OTLP to an {@link OtlpReceiver} in this JVM ({@link #traces()}), as they
 * would to Jaeger in the cluster.
 */
final class Shop implements AutoCloseable {

    static final List<String> BACKENDS = List.of("auth", "store", "order", "payment");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> grpcPorts = new LinkedHashMap<>();
    private final Path logs;
    private final OtlpReceiver traces;
    private ServiceProcess relay;

    private Shop(Path logs, OtlpReceiver traces) {
        this.logs = logs;
        this.traces = traces;
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
        Shop shop = new Shop(Files.createDirectories(Path.of("target", "shop-logs")), OtlpReceiver.start());
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
        shop.warmUp();
        return shop;
    }

    /**
     * One checkout through the BFF before any test, each step tried until it works: the first call
     * into a cold service pays the JIT, Hibernate's first session (and in auth-service Argon2's first
     * hash), on two shared cores often more than the BFF's 2 s deadline (504). The tests measure
     * the shop warm, as it runs; its cold start is measured elsewhere (docs/operations.md).
     */
    private void warmUp() throws Exception {
        BffCalls calls = new BffCalls(bff().baseUri());
        String seller = untilItWorks(() -> calls.signUpAndLogIn("seller"));
        String store = untilItWorks(() -> BffCalls.json(calls.post("/api/v1/stores", """
                {"name": "Warm-up %s"}""".formatted(java.util.UUID.randomUUID()), seller)).getString("id"));
        String product = untilItWorks(() -> BffCalls.json(calls.post("/api/v1/stores/" + store + "/products", """
                {"name": "Warm-up", "sku": "WARM-%s", "price": {"amount": 100, "currency": "EUR"}, "stock": 1}"""
                .formatted(java.util.UUID.randomUUID().toString().substring(0, 8)), seller)).getString("id"));
        String customer = untilItWorks(() -> calls.signUpAndLogIn("customer"));
        String key = java.util.UUID.randomUUID().toString();
        untilItWorks(() -> BffCalls.json(calls.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100, "currency": "EUR"}}""", customer, "Idempotency-Key", key)));
        String order = java.util.UUID.randomUUID().toString();
        untilItWorks(() -> BffCalls.json(calls.post("/api/v1/orders", """
                {"lines": [{"productId": "%s", "quantity": 1}]}""".formatted(product), customer, "Idempotency-Key", order)));
    }

    private static <T> T untilItWorks(java.util.concurrent.Callable<T> step) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.call();
            } catch (AssertionError | RuntimeException coldStart) {
                if (attempt == 5) {
                    throw coldStart;
                }
            }
        }
    }

    private ServiceProcess process(Path repo, String name, int httpPort, Map<String, String> env) {
        Path jar = repo.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./shop test does)");
        }
        return ServiceProcess.forJar(name, jar)
                .httpPort(httpPort)
                .env("SERVER_PORT", Integer.toString(httpPort))
                // spans to this JVM's receiver, in batches 100 ms apart (the default waits 5 s)
                .env("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint())
                .env("OTEL_BSP_SCHEDULE_DELAY", "100")
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

    /** Every span the shop's processes exported since it started. */
    OtlpReceiver traces() {
        return traces;
    }

    @Override
    public void close() {
        List.copyOf(services.values()).reversed().forEach(ServiceProcess::stop);
        if (relay != null) {
            relay.stop();
        }
        traces.close();
    }
}
