package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered Deployments and Services say what the services really do: ports, health paths,
 * configuration keys and the addresses of what they call are read from the services' own sources
 * (META-INF/microprofile-config.properties, the code's config keys), not copied by hand.
 */
class ServiceManifestsMatchServicesTest {

    static final List<String> SERVICES = List.of("auth-service", "store-service", "order-service", "payment-service", "web-bff");
    private static final List<String> OVERLAYS = List.of("overlays/dev", "overlays/prod");

    /**
     * Environment variables that are not MicroProfile Config keys, each with the file that reads it
     * (which must mention it).
     */
    private static final Map<String, String> OTHER_ENVIRONMENT = Map.of(
            "LOG_FORMAT", "platform/core/src/main/resources/log4j2.xml",
            "OTEL_SERVICE_NAME", "platform/core/src/main/resources/log4j2.xml",
            // components/observability: where the spans go (OpenTelemetry's autoconfiguration reads it)
            "OTEL_EXPORTER_OTLP_ENDPOINT", "platform/core/src/main/java/dev/bazaar/platform/observability/Tracing.java");

    /** Every Deployment an overlay renders: the services, and the embedded outbox relay where it runs. */
    static Stream<Arguments> serviceInOverlay() {
        return OVERLAYS.stream().flatMap(o -> Rendered.of(o).ofKind("Deployment").stream()
                .map(d -> Arguments.of(o, d.at("/metadata/name").asText())));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceRunsAndExactlyOneOutboxRelayReadsTheBinlog(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        List<String> deployments = rendered.ofKind("Deployment").stream().map(d -> d.at("/metadata/name").asText()).toList();
        assertThat(deployments).containsAll(SERVICES);
        assertThat(deployments).allMatch(name -> Files.isDirectory(Tools.REPO.resolve(name)), "is a module of this repository");

        boolean embeddedRelay = deployments.contains("outbox-relay");
        assertThat(rendered.ofKind("KafkaConnector")).as("Kafka Connect relays, or the embedded relay does: never both")
                .hasSize(embeddedRelay ? 0 : 1);
        if (embeddedRelay) {
            JsonNode relay = rendered.get("Deployment", "outbox-relay");
            assertThat(relay.at("/spec/replicas").asInt()).as("one binlog reader").isEqualTo(1);
            assertThat(relay.at("/spec/strategy/type").asText()).as("never two at once, not even in a rollout").isEqualTo("Recreate");
            assertThat(rendered.find("HorizontalPodAutoscaler", "outbox-relay")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void containerPortsAreTheOnesTheServiceListensOn(String overlay, String service) {
        Workload workload = Workload.of(Rendered.of(overlay), service);
        ServiceConfig config = ServiceConfig.of(service);

        int httpPort = config.intValue("server.port", workload.environment()).orElseThrow();
        assertThat(workload.containerPort("http")).as("container port http").get()
                .extracting(p -> p.path("containerPort").asInt()).isEqualTo(httpPort);
        assertThat(httpPort).as("the port the service's own config file names").isEqualTo(
                ServiceConfig.of(service).intValue("server.port", Map.of()).orElseThrow());

        if (config.grpcEnabled(workload.environment())) {
            int grpcPort = config.intValue("bazaar.grpc.port", workload.environment()).orElseThrow();
            assertThat(grpcPort).as("the gRPC port of the service's own config file")
                    .isEqualTo(config.intValue("bazaar.grpc.port", Map.of()).orElseThrow());
            assertThat(workload.containerPort("grpc")).as("container port grpc").get()
                    .extracting(p -> p.path("containerPort").asInt()).isEqualTo(grpcPort);
        } else {
            assertThat(workload.containerPort("grpc")).as("no gRPC server, no grpc port").isEmpty();
        }
        assertThat(workload.container().path("ports")).as("only http and grpc").hasSizeLessThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void theServiceExposesExactlyTheContainerPortsNamedForIstio(String overlay, String service) {
        Rendered rendered = Rendered.of(overlay);
        Workload workload = Workload.of(rendered, service);
        JsonNode kubernetesService = rendered.get("Service", service);

        assertThat(kubernetesService.at("/spec/selector"))
                .isEqualTo(workload.deployment().at("/spec/selector/matchLabels"));
        List<String> names = new ArrayList<>();
        for (JsonNode port : kubernetesService.at("/spec/ports")) {
            String name = port.path("name").asText();
            names.add(name);
            // Istio picks the protocol by the port's name (http, http-*, grpc, grpc-*) or appProtocol
            assertThat(name).matches("(http|grpc)(-.*)?");
            assertThat(port.path("appProtocol").asText()).isEqualTo(name.replaceAll("-.*", ""));
            int target = workload.resolvePort(port.path("targetPort"));
            assertThat(target).as(name + " targets the container port of that name")
                    .isEqualTo(workload.containerPort(name).orElseThrow().path("containerPort").asInt());
            assertThat(port.path("port").asInt()).as("same number inside and outside: addresses stay as in DESIGN.md")
                    .isEqualTo(target);
        }
        List<String> containerPortNames = new ArrayList<>();
        workload.container().path("ports").forEach(p -> containerPortNames.add(p.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(containerPortNames);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void probesUseTheServicesHealthEndpointsOnItsHttpPort(String overlay, String service) {
        Workload workload = Workload.of(Rendered.of(overlay), service);
        ServiceConfig config = ServiceConfig.of(service);
        String health = config.value("server.features.observe.observers.health.endpoint", workload.environment()).orElseThrow();
        int httpPort = config.intValue("server.port", workload.environment()).orElseThrow();

        Map<String, String> expected = Map.of("startupProbe", health + "/live", "livenessProbe", health + "/live",
                "readinessProbe", health + "/ready");
        expected.forEach((probe, path) -> {
            JsonNode httpGet = workload.container().path(probe).path("httpGet");
            assertThat(httpGet.path("path").asText()).as(probe).isEqualTo(path);
            assertThat(workload.resolvePort(httpGet.path("port"))).as(probe + " port").isEqualTo(httpPort);
        });
        assertThat(health).isEqualTo("/healthz");

        JsonNode annotations = workload.deployment().at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(httpPort));
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/metrics");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void everyEnvironmentVariableSetsAConfigKeyTheServiceReads(String overlay, String service) throws IOException {
        Workload workload = Workload.of(Rendered.of(overlay), service);
        ServiceConfig config = ServiceConfig.of(service);

        assertThat(workload.environment()).containsEntry("LOG_FORMAT", "json");
        for (String name : workload.environment().keySet()) {
            if (OTHER_ENVIRONMENT.containsKey(name)) {
                assertThat(Files.readString(Tools.REPO.resolve(OTHER_ENVIRONMENT.get(name)))).as(name + " is read").contains(name);
            } else {
                assertThat(config.keySetBy(name)).as("%s: a config key %s reads (MicroProfile env mapping)", name, service)
                        .isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void addressesPointAtWhatTheRenderedManifestsServe(String overlay, String service) {
        Rendered rendered = Rendered.of(overlay);
        Workload workload = Workload.of(rendered, service);
        ServiceConfig config = ServiceConfig.of(service);
        Map<String, String> env = workload.environment();

        // gRPC backends: host:port of a Service's grpc port
        for (String backend : List.of("auth", "store", "order", "payment")) {
            config.value("bazaar.backends." + backend + ".address", env).ifPresent(address -> {
                if (env.containsKey("BAZAAR_BACKENDS_" + backend.toUpperCase() + "_ADDRESS")) {
                    String[] hostPort = address.split(":");
                    JsonNode target = rendered.get("Service", hostPort[0]);
                    assertThat(portNumber(target, "grpc")).as(address).isEqualTo(Integer.parseInt(hostPort[1]));
                    assertThat(hostPort[0]).isEqualTo(backend + "-service");
                } else {
                    throw new AssertionError(service + " would call " + backend + " at its local default " + address);
                }
            });
        }
        // the JWKS, served by auth-service over HTTP, for everything that serves an API
        if (!env.containsKey("BAZAAR_AUTH_JWKS_URL")) {
            assertThat(service).as("serves no API, verifies no token").isEqualTo("outbox-relay");
            assertThat(workload.containerPort("grpc")).isEmpty();
            return;
        }
        String jwks = config.value("bazaar.auth.jwks-url", env).orElseThrow();
        assertThat(jwks).isEqualTo("http://auth-service:" + portNumber(rendered.get("Service", "auth-service"), "http")
                + "/.well-known/jwks.json");

        Rendered infrastructure = Rendered.of(overlay.replace("overlays/", "infrastructure/"));
        if (env.containsKey("BAZAAR_DB_HOST")) {
            JsonNode mariadb = infrastructure.get("Service", env.get("BAZAAR_DB_HOST"));
            assertThat(mariadb.at("/spec/ports/0/port").asInt()).isEqualTo(Integer.parseInt(env.get("BAZAAR_DB_PORT")));
            assertThat(env).containsEntry("BAZAAR_DB_USER", Workload.FROM_SECRET).containsEntry("BAZAAR_DB_PASSWORD", Workload.FROM_SECRET);
        } else {
            assertThat(config.keySetBy("BAZAAR_DB_NAME")).as(service + " has a database but no BAZAAR_DB_HOST").isEmpty();
        }
        if (env.containsKey("BAZAAR_KAFKA_BOOTSTRAP_SERVERS")) {
            // Strimzi's bootstrap Service is <cluster>-kafka-bootstrap, on the listener's port
            JsonNode kafka = infrastructure.ofKind("Kafka").getFirst();
            String expected = kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + kafka.at("/spec/kafka/listeners/0/port").asInt();
            assertThat(env.get("BAZAAR_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(expected);
        } else {
            assertThat(config.value("mp.messaging.connector.smallrye-kafka.bootstrap.servers", Map.of()))
                    .as(service + " consumes Kafka but is not told where it is").isEmpty();
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("serviceInOverlay")
    void podsStopGracefullyAndRunLockedDown(String overlay, String service) {
        Workload workload = Workload.of(Rendered.of(overlay), service);
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode pod = workload.deployment().at("/spec/template/spec");

        // docs/decisions/0005: the grace period must exceed readiness delay + drain timeout
        Duration drain = config.durationValue("bazaar.shutdown.readiness-delay", workload.environment(), Duration.ZERO)
                .plus(config.durationValue("bazaar.shutdown.drain-timeout", workload.environment(), Duration.ofSeconds(20)));
        if (config.keySetBy("BAZAAR_RELAY_STOP_TIMEOUT").isPresent()) {
            // the relay then closes its engine (committing offsets) and flushes its producer (0009)
            drain = drain.plus(config.durationValue("bazaar.relay.stop-timeout", workload.environment(), Duration.ofSeconds(30)));
        }
        assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong())).isGreaterThan(drain.plusSeconds(5));
        assertThat(drain).as("a drain long enough for endpoints to update").isGreaterThanOrEqualTo(Duration.ofSeconds(20));

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        JsonNode security = workload.container().path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.at("/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(workload.container().path("volumeMounts").toString()).as("/tmp stays writable").contains("\"/tmp\"");

        JsonNode resources = workload.container().path("resources");
        assertThat(resources.at("/requests/memory").asText()).isNotEmpty();
        assertThat(resources.at("/limits/memory").asText()).isEqualTo(resources.at("/requests/memory").asText());
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo(service);
        assertThat(Rendered.of(overlay).find("ServiceAccount", service)).isPresent();
        if (SERVICES.contains(service)) {
            assertThat(Rendered.of(overlay).find("HorizontalPodAutoscaler", service)).isPresent();
            assertThat(Rendered.of(overlay).find("PodDisruptionBudget", service)).isPresent();
        }
    }

    @org.junit.jupiter.api.Test
    void everySecretTheProductionPodsReadComesFromTheExternalSecretStore() {
        Rendered services = Rendered.of("overlays/prod");
        Rendered infrastructure = Rendered.of("infrastructure/prod");
        Set<String> provided = new java.util.TreeSet<>();
        Stream.concat(services.ofKind("ExternalSecret").stream(), infrastructure.ofKind("ExternalSecret").stream())
                .forEach(e -> provided.add(e.at("/spec/target/name").asText()));
        Set<String> read = new java.util.TreeSet<>();
        Stream.concat(services.objects().stream(), infrastructure.objects().stream())
                .forEach(o -> o.findValues("secretKeyRef").forEach(ref -> read.add(ref.path("name").asText())));
        read.add("outbox-relay-db"); // the connector file's ${secrets:shop/outbox-relay-db:...}
        assertThat(read).hasSizeGreaterThan(5);
        assertThat(provided).containsAll(read);
        assertThat(services.ofKind("Secret")).as("no Secret is committed").isEmpty();
        assertThat(infrastructure.ofKind("Secret")).as("no Secret is committed").isEmpty();
    }

    private static int portNumber(JsonNode service, String name) {
        for (JsonNode port : service.at("/spec/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("port").asInt();
            }
        }
        throw new AssertionError(service.at("/metadata/name").asText() + " has no port " + name);
    }
}
