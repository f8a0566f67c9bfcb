package dev.bazaar.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code shop up}: MariaDB and Kafka, then the outbox relay, then the services (a few at a time,
 * the BFF last; see {@link ServiceSpec#wave()}), then the URLs; blocks until Ctrl-C or SIGTERM,
 * which stop everything in reverse order. Data and logs stay in {@code .shop/} for the next run.
 */
final class UpCommand {

    /** One random secret per service (client id = service name), for this run of the shop. */
    private final Map<String, String> serviceSecrets = newServiceSecrets();
    private final Options options;
    private final Layout layout;
    private final Progress progress;

    UpCommand(Options options, Progress progress) {
        this.options = options;
        this.layout = Layout.forUp(options.repo());
        this.progress = progress;
    }

    void run() {
        long begin = System.nanoTime();
        Session session = new Session(layout, progress);
        session.open(false);
        progress.message("Starting the shop in " + options.repo() + " ...");
        List<ServiceSpec> services = buildServices();
        checkPorts(services);
        Infrastructure infrastructure = Infrastructure.start(options, layout, session.stack(), progress);
        List<ServiceSpec> running = startServices(services, infrastructure, session.stack());
        printSummary(running, infrastructure, Duration.ofNanos(System.nanoTime() - begin));
        session.awaitShutdown();
    }

    /** The services whose jar exists; the others are being written and are skipped with a word. */
    private List<ServiceSpec> buildServices() {
        List<ServiceSpec> present = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL.stream().map(s -> s.shifted(options.portOffset())).toList()) {
            if (Files.isRegularFile(spec.jar(options.repo()))) {
                present.add(spec);
            } else {
                progress.line(spec.name(), "skipped: no " + options.repo().relativize(spec.jar(options.repo()))
                        + " (not built yet: mvn -pl " + spec.name() + " -am install)");
            }
        }
        return present;
    }

    /** All conflicts at once, before anything starts, rather than one failure per attempt. */
    private void checkPorts(List<ServiceSpec> services) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (options.externalDb().isEmpty()) {
            wanted.put(options.dbPort(), "MariaDB, --db-port");
        }
        if (options.externalKafka().isEmpty()) {
            wanted.put(options.kafkaPort(), "Kafka, --kafka-port");
            wanted.put(options.kafkaControllerPort(), "Kafka controller, --kafka-controller-port");
        }
        for (ServiceSpec spec : services) {
            wanted.put(spec.httpPort(), spec.name() + " HTTP, --port-offset");
            if (spec.grpcPort() > 0) {
                wanted.put(spec.grpcPort(), spec.name() + " gRPC, --port-offset");
            }
        }
        List<String> taken = wanted.entrySet().stream()
                .filter(entry -> !Ports.isFree(entry.getKey()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new StartupException("ports already in use by another program: " + String.join(", ", taken)
                    + ". Stop what uses them (`ss -ltnp` shows which process), or move the shop with the option named.");
        }
    }

    private List<ServiceSpec> startServices(List<ServiceSpec> services, Infrastructure infrastructure, Stack stack) {
        List<ServiceSpec> ready = new ArrayList<>();
        for (int wave = ServiceSpec.FIRST; wave <= ServiceSpec.LAST; wave++) {
            int current = wave;
            ready.addAll(startWave(services.stream().filter(spec -> spec.wave() == current).toList(), infrastructure, stack));
        }
        return ready;
    }

    /**
     * Starts {@code wave} with at most {@code --parallel} services starting at once: on 2 cores
     * each Helidon start is CPU-bound, more at once only makes all of them slower.
     */
    private List<ServiceSpec> startWave(List<ServiceSpec> wave, Infrastructure infrastructure, Stack stack) {
        List<ServiceSpec> ready = new ArrayList<>();
        if (wave.isEmpty()) {
            return ready;
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(Math.min(options.parallel(), wave.size()))) {
            Map<ServiceSpec, Future<?>> starts = new LinkedHashMap<>();
            for (ServiceSpec spec : wave) {
                ServiceProcess service = serviceProcess(spec, ServiceSpec.ALL.stream()
                        .map(s -> s.shifted(options.portOffset())).toList(), infrastructure);
                starts.put(spec, threads.submit(() -> stack.start(service, options.serviceTimeout(), null)));
            }
            for (Map.Entry<ServiceSpec, Future<?>> start : starts.entrySet()) {
                try {
                    start.getValue().get();
                    ready.add(start.getKey());
                } catch (ExecutionException e) {
                    StartupException failure = e.getCause() instanceof StartupException se ? se
                            : new StartupException(start.getKey().name() + ": " + e.getCause(), e.getCause());
                    if (!options.keepGoing()) {
                        threads.shutdownNow(); // the queued ones need not start
                        throw failure;
                    }
                    progress.message(failure.getMessage()); // --keep-going: say it, start the rest
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupException("interrupted");
                }
            }
        }
        return ready;
    }

    private ServiceProcess serviceProcess(ServiceSpec spec, List<ServiceSpec> all, Infrastructure infrastructure) {
        ServiceProcess.Builder builder = ServiceProcess.forJar(spec.name(), spec.jar(options.repo()))
                .httpPort(spec.httpPort())
                .jvmOptions(options.serviceJvmOptions())
                .logFile(layout.log(spec.name()))
                // MicroProfile Config maps these to server.port, bazaar.db.port, ...
                .env("SERVER_HOST", "127.0.0.1") // a local shop is for this machine only
                .env("SERVER_PORT", String.valueOf(spec.httpPort()))
                .env("BAZAAR_DB_HOST", infrastructure.dbHost())
                .env("BAZAAR_DB_PORT", String.valueOf(infrastructure.dbPort()))
                .env("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap());
        if (spec.grpcPort() > 0) {
            builder.env("BAZAAR_GRPC_PORT", String.valueOf(spec.grpcPort()));
        }
        if (options.classDataSharing()) {
            // JDK 19+: the archive is written when the JVM exits and remade when the jar changes (bench/results/CDS-2026-11-25.md)
            Path archive = layout.classDataArchive(spec.name());
            try {
                Files.createDirectories(archive.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builder.jvmOption("-XX:+AutoCreateSharedArchive").jvmOption("-XX:SharedArchiveFile=" + archive);
        }
        // where the gRPC clients (the BFF's) find the others, also when --port-offset moved them
        for (ServiceSpec backend : all) {
            if (backend.grpcPort() > 0) {
                builder.env("BAZAAR_BACKENDS_" + backend.shortName().toUpperCase(java.util.Locale.ROOT) + "_ADDRESS",
                        "127.0.0.1:" + backend.grpcPort());
            }
            // every service verifies access tokens against auth-service's key set, wherever it runs
            if (backend.name().equals("auth-service")) {
                builder.env("BAZAAR_AUTH_JWKS_URL", "http://127.0.0.1:" + backend.httpPort() + "/.well-known/jwks.json");
            }
        }
        // Service credentials for calls a service makes on its own account: auth-service knows every
        // client's secret, each service its own. Fresh for every run, so none is ever written down.
        if (spec.name().equals("auth-service")) {
            builder.env("BAZAAR_AUTH_SERVICE_CLIENTS", String.join(",", serviceSecrets.keySet()));
            serviceSecrets.forEach((client, secret) -> builder.env(
                    "BAZAAR_AUTH_SERVICE_CLIENTS_" + client.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET",
                    secret));
        } else if (serviceSecrets.containsKey(spec.name())) {
            builder.env("BAZAAR_SERVICE_CREDENTIALS_SECRET", serviceSecrets.get(spec.name()));
        }
        return builder.build();
    }

    private void printSummary(List<ServiceSpec> running, Infrastructure infrastructure, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator())
                .append("The shop is up (").append(Progress.seconds(took)).append("). Ctrl-C stops everything.")
                .append(System.lineSeparator()).append(System.lineSeparator());
        running.stream().filter(spec -> spec.name().equals("web-bff")).findFirst().ifPresentOrElse(bff -> {
            String base = "http://localhost:" + bff.httpPort();
            row(out, "storefront", base + "/");
            row(out, "API status", base + "/api/v1/status");
            row(out, "API docs", base + "/openapi/ui");
        }, () -> row(out, "storefront", "not running (web-bff is not built yet)"));
        out.append(System.lineSeparator());
        for (ServiceSpec spec : running) {
            String base = "http://localhost:" + spec.httpPort();
            String grpc = spec.grpcPort() > 0 ? "gRPC localhost:" + spec.grpcPort() + "  " : "";
            row(out, spec.name(), base + "  " + grpc + "(/openapi/ui  /healthz  /metrics)");
        }
        String db = infrastructure.dbDescription()
                + (infrastructure.localDb() ? ", user " + MariaDbServer.USER + ", no password" : "");
        row(out, "MariaDB", db);
        row(out, "Kafka", infrastructure.kafkaBootstrap());
        row(out, "logs", layout.logs().toString());
        row(out, "data", layout.state().resolve("data").toString());
        progress.message(out.toString());
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format("  %-16s %s%n", label, value));
    }

    private static Map<String, String> newServiceSecrets() {
        var random = new java.security.SecureRandom();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!spec.name().equals("auth-service") && !spec.name().equals("outbox-relay")) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                secrets.put(spec.name(), java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
        }
        return secrets;
    }
}
