package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay in Kubernetes is the local relay's connector file, unchanged, on a Kafka Connect
 * that can resolve its placeholders; every topic a service uses exists.
 */
class OutboxRelayAndTopicsManifestsTest {

    private static final Path CONNECTOR_FILE = Tools.KUSTOMIZE_DIR.resolve("base/outbox-relay/kafka-connector.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void theKafkaConnectorIsTheLocalRelaysFileUnchanged(String environment) throws IOException {
        Rendered rendered = Rendered.of("overlays/" + environment);
        JsonNode file = Rendered.YAML.readTree(CONNECTOR_FILE.toFile());
        List<JsonNode> connectors = rendered.ofKind("KafkaConnector");

        assertThat(connectors).hasSize(1);
        JsonNode connector = connectors.getFirst();
        assertThat(connector.path("spec")).isEqualTo(file.path("spec"));
        ObjectNode labels = ((ObjectNode) connector.at("/metadata/labels").deepCopy());
        labels.remove("app.kubernetes.io/part-of");
        assertThat(labels).isEqualTo(file.at("/metadata/labels"));
        assertThat(connector.at("/metadata/name")).isEqualTo(file.at("/metadata/name"));
    }

    @org.junit.jupiter.api.Test
    void theEmbeddedRelayOfDevIsTheImageOfTheRelayThatCarriesTheFile() {
        Rendered dev = Rendered.of("overlays/dev");
        assertThat(dev.ofKind("KafkaConnect")).isEmpty();
        assertThat(dev.get("Deployment", "outbox-relay").at("/spec/template/spec/containers/0/image").asText())
                .matches(".*/outbox-relay:[^:]+");
        // the relay's database user is the one Kafka Connect would read (the connector file's Secret)
        assertThat(dev.get("Deployment", "outbox-relay").at("/spec/template/spec/containers/0/env").findValues("secretKeyRef"))
                .extracting(ref -> ref.path("name").asText()).containsOnly("outbox-relay-db");
    }

    @org.junit.jupiter.api.Test
    void theConnectorFileIsTheOneTheLocalRelayCarries() throws IOException {
        // outbox-relay/pom.xml copies the file into the relay's jar (docs/decisions/0009)
        String relayPom = Files.readString(Tools.REPO.resolve("outbox-relay/pom.xml"));
        assertThat(relayPom).contains("<directory>${project.basedir}/../kustomize/base/outbox-relay</directory>")
                .contains("<include>kafka-connector.yaml</include>");
        // and no second connector configuration hides anywhere in kustomize/
        try (Stream<Path> files = Files.walk(Tools.KUSTOMIZE_DIR)) {
            List<Path> connectorFiles = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> objectsIn(f).stream().anyMatch(o -> o.path("kind").asText().equals("KafkaConnector")
                            && o.has("spec"))).toList();
            assertThat(connectorFiles).containsExactly(CONNECTOR_FILE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void kafkaConnectResolvesTheConnectorsPlaceholders(String environment) {
        Rendered rendered = Rendered.of("overlays/" + environment);
        JsonNode connector = rendered.ofKind("KafkaConnector").getFirst();
        JsonNode connect = rendered.get("KafkaConnect", connector.at("/metadata/labels/strimzi.io~1cluster").asText());
        JsonNode workerConfig = connect.at("/spec/config");
        String namespace = connector.at("/metadata/namespace").asText();

        Set<String> providers = new TreeSet<>(List.of(workerConfig.path("config.providers").asText().split(",")));
        Pattern placeholder = Pattern.compile("\\$\\{(\\w+):([^}]*)}");
        connector.at("/spec/config").fields().forEachRemaining(entry -> {
            Matcher matcher = placeholder.matcher(entry.getValue().asText());
            while (matcher.find()) {
                String provider = matcher.group(1);
                assertThat(providers).as(entry.getKey()).contains(provider);
                if (provider.equals("secrets")) {
                    assertThat(workerConfig.path("config.providers.secrets.class").asText())
                            .isEqualTo("io.strimzi.kafka.KubernetesSecretConfigProvider");
                    String[] secret = matcher.group(2).split("[/:]");
                    assertThat(secret[0]).as("the Secret's namespace is the connector's").isEqualTo(namespace);
                    assertThatConnectMayRead(rendered, connect, secret[1]);
                } else {
                    assertThat(provider).isEqualTo("env");
                    assertThat(workerConfig.path("config.providers.env.class").asText())
                            .isEqualTo("org.apache.kafka.common.config.provider.EnvVarConfigProvider");
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void kafkaConnectRunsTheConnectorOnTheRelaysDebeziumVersion(String environment) throws IOException {
        Rendered rendered = Rendered.of("overlays/" + environment);
        JsonNode connector = rendered.ofKind("KafkaConnector").getFirst();
        JsonNode connect = rendered.ofKind("KafkaConnect").getFirst();
        String rootPom = Files.readString(Tools.REPO.resolve("pom.xml"));
        Matcher version = Pattern.compile("<version.debezium>([^<]+)</version.debezium>").matcher(rootPom);
        assertThat(version.find()).isTrue();

        assertThat(connector.at("/spec/class").asText()).isEqualTo("io.debezium.connector.mariadb.MariaDbConnector");
        List<String> urls = connect.at("/spec/build/plugins").findValuesAsText("url");
        assertThat(urls).containsExactly("https://repo1.maven.org/maven2/io/debezium/debezium-connector-mariadb/"
                + version.group(1) + "/debezium-connector-mariadb-" + version.group(1) + "-plugin.tar.gz");
        assertThat(connect.at("/spec/bootstrapServers").asText())
                .isEqualTo(Rendered.of("infrastructure/" + environment).ofKind("Kafka").getFirst().at("/metadata/name").asText()
                        + "-kafka-bootstrap:9092");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDatabaseHasEverySchemaTheServicesAndTheConnectorName(String environment) throws IOException {
        JsonNode connector = Rendered.YAML.readTree(CONNECTOR_FILE.toFile());
        Set<String> serviceSchemas = new TreeSet<>();
        for (String service : ServiceManifestsMatchServicesTest.SERVICES) {
            ServiceConfig.of(service).value("bazaar.db.name", java.util.Map.of()).ifPresent(serviceSchemas::add);
        }
        assertThat(serviceSchemas).hasSize(4);
        assertThat(Set.of(connector.at("/spec/config/database.include.list").asText().split(","))).isEqualTo(serviceSchemas);

        Rendered infrastructure = Rendered.of("infrastructure/" + environment);
        String init = infrastructure.get("ConfigMap", infrastructure.ofKind("ConfigMap").stream()
                .map(c -> c.at("/metadata/name").asText()).filter(n -> n.startsWith("mariadb-init")).findFirst().orElseThrow())
                .at("/data/10-bazaar-schemas.sh").asText();
        for (String schema : serviceSchemas) {
            assertThat(init).as("MariaDB's init creates schema " + schema).containsPattern("\"" + schema + " \\$\\{");
        }
        String config = infrastructure.ofKind("ConfigMap").stream().filter(c -> c.at("/metadata/name").asText().startsWith("mariadb-config"))
                .findFirst().orElseThrow().at("/data/bazaar.cnf").asText();
        assertThat(config).contains("binlog_format=ROW", "binlog_row_image=FULL", "log_bin", "server_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicTheServicesUseIsDeclaredWithItsDeadLetterTopic(String environment) throws IOException {
        Rendered infrastructure = Rendered.of("infrastructure/" + environment);
        Set<String> declared = new TreeSet<>();
        infrastructure.ofKind("KafkaTopic").forEach(t -> declared.add(t.path("spec").has("topicName")
                ? t.at("/spec/topicName").asText() : t.at("/metadata/name").asText()));

        Set<String> used = new TreeSet<>();
        for (String service : ServiceManifestsMatchServicesTest.SERVICES) {
            Path file = Tools.REPO.resolve(service).resolve("src/main/resources/META-INF/microprofile-config.properties");
            Matcher topic = Pattern.compile("(?m)^mp\\.messaging\\.\\w+\\.[\\w-]+\\.(?:dead-letter-queue\\.)?topic=(\\S+)$")
                    .matcher(Files.readString(file));
            while (topic.find()) {
                used.add(topic.group(1));
            }
        }
        assertThat(used).as("the services name topics").isNotEmpty();
        assertThat(declared).containsAll(used);
        // the relay's router writes shop.<aggregatetype>.events; each has a dead-letter topic
        declared.stream().filter(t -> t.endsWith(".events")).forEach(t -> assertThat(declared).contains(t + ".dlq"));
        assertThat(infrastructure.ofKind("Kafka").getFirst().at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true))
                .as("a typo in a topic name must fail, not create a topic").isFalse();
    }

    private static void assertThatConnectMayRead(Rendered rendered, JsonNode connect, String secret) {
        String serviceAccount = connect.at("/metadata/name").asText() + "-connect"; // Strimzi's naming
        boolean allowed = rendered.ofKind("RoleBinding").stream()
                .filter(b -> b.at("/subjects").findValuesAsText("name").contains(serviceAccount))
                .map(b -> rendered.get("Role", b.at("/roleRef/name").asText()))
                .anyMatch(role -> role.at("/rules").findValues("resourceNames").stream()
                        .anyMatch(names -> names.toString().contains("\"" + secret + "\""))
                        && role.at("/rules").findValues("verbs").toString().contains("get"));
        assertThat(allowed).as(serviceAccount + " may get Secret " + secret).isTrue();
    }

    private static List<JsonNode> objectsIn(Path file) {
        try {
            return Rendered.parseAll(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
