package dev.bazaar.relay;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One connector configuration, two runtimes: the relay's effective engine configuration is the
 * Kubernetes KafkaConnector's spec.config, key for key, except where the database and Kafka are.
 */
class OutboxConnectorFileTest {

    private static final Path CANONICAL = Path.of("..", "kustomize", "base", "outbox-relay", "kafka-connector.yaml");

    private final ConnectorFile file = ConnectorFile.load();

    /** As the process builds it from its MicroProfile config (defaults of META-INF/microprofile-config.properties). */
    private final RelaySettings settings = new RelaySettings("db.example", 3307, "relay", Optional.of("secret"),
            "kafka.example:9092", "outbox-relay.offsets", (short) 1, Duration.ofSeconds(1), Optional.empty(), 10,
            Duration.ofSeconds(30));

    @Test
    void theJarCarriesTheKubernetesFileAsItIsInTheRepository() throws Exception {
        try (InputStream canonical = Files.newInputStream(CANONICAL)) {
            assertThat(file).isEqualTo(ConnectorFile.parse(canonical));
        }
        assertThat(file.name()).isEqualTo("outbox-relay");
        assertThat(file.connectorClass()).isEqualTo("io.debezium.connector.mariadb.MariaDbConnector");
        assertThat(file.tasksMax()).isEqualTo(1);
    }

    @Test
    void effectiveConfigIsTheFilesSpecConfigExceptTheConnectionSettings() {
        Map<String, String> effective = settings.engineConfig(file);

        Set<String> replaced = new HashSet<>();
        file.config().forEach((key, value) -> {
            if (EngineConfig.CONNECTION_KEYS.contains(key)) {
                replaced.add(key);
            } else {
                assertThat(effective.get(key)).as(key).isEqualTo(value);
            }
        });
        assertThat(replaced).as("every connection key exists in the file and only those are replaced")
                .isEqualTo(EngineConfig.CONNECTION_KEYS);
        assertThat(effective).containsEntry("database.hostname", "db.example")
                .containsEntry("database.port", "3307")
                .containsEntry("database.user", "relay")
                .containsEntry("database.password", "secret")
                .containsEntry("schema.history.internal.kafka.bootstrap.servers", "kafka.example:9092");

        Set<String> added = new HashSet<>(effective.keySet());
        added.removeAll(file.config().keySet());
        assertThat(added).as("what the relay adds is what Kafka Connect has from its worker and the resource")
                .isEqualTo(EngineConfig.RUNTIME_KEYS);
        assertThat(effective).containsEntry("name", "outbox-relay")
                .containsEntry("connector.class", "io.debezium.connector.mariadb.MariaDbConnector")
                .containsEntry("tasks.max", "1")
                .containsEntry("offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore")
                .containsEntry("offset.storage.topic", "outbox-relay.offsets")
                .containsEntry("bootstrap.servers", "kafka.example:9092");
    }

    @Test
    void inKubernetesTheConnectionComesFromConfigProviders() {
        Map<String, String> config = file.config();
        assertThat(config.get("database.hostname")).startsWith("${secrets:shop/outbox-relay-db:");
        assertThat(config.get("database.user")).startsWith("${secrets:shop/outbox-relay-db:");
        assertThat(config.get("database.password")).isEqualTo("${secrets:shop/outbox-relay-db:password}");
        assertThat(config.get("schema.history.internal.kafka.bootstrap.servers")).isEqualTo("${env:KAFKA_CONNECT_BOOTSTRAP_SERVERS}");
        assertThat(config.keySet()).doesNotContainAnyElementsOf(EngineConfig.RUNTIME_KEYS);
    }

    @Test
    void theOutboxContractOfTheEventsReadme() {
        assertThat(file.config())
                .containsEntry("database.include.list", "auth,store,orders,payment")
                .containsEntry("table.include.list", "auth.outbox,store.outbox,orders.outbox,payment.outbox")
                .containsEntry("snapshot.mode", "no_data")
                .containsEntry("transforms", "outbox")
                .containsEntry("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter")
                .containsEntry("transforms.outbox.route.by.field", "aggregatetype")
                .containsEntry("transforms.outbox.route.topic.replacement", "shop.${routedByValue}.events")
                .containsEntry("transforms.outbox.table.field.event.key", "aggregateid")
                .containsEntry("transforms.outbox.table.field.event.id", "id")
                .containsEntry("transforms.outbox.table.fields.additional.placement",
                        "type:header:eventType,traceparent:header:traceparent,schema_version:header:schemaVersion")
                .containsEntry("key.converter", "org.apache.kafka.connect.storage.StringConverter")
                .containsEntry("value.converter", "org.apache.kafka.connect.storage.StringConverter")
                .containsKey("topic.prefix")
                .containsKey("schema.history.internal.kafka.topic");
        assertThat(Integer.parseInt(file.config().get("poll.interval.ms"))).isLessThanOrEqualTo(50);
    }

    @Test
    void testsMayMoveTheSchemaHistoryButNothingElse() {
        Map<String, String> moved = EngineConfig.asMap(file, settings.connection(),
                new EngineConfig.Storage("t.offsets", (short) 1, Duration.ofSeconds(1), Optional.of("t.history")));
        Map<String, String> normal = settings.engineConfig(file);
        assertThat(moved.get(EngineConfig.SCHEMA_HISTORY_TOPIC)).isEqualTo("t.history");
        moved.keySet().stream()
                .filter(key -> !key.equals(EngineConfig.SCHEMA_HISTORY_TOPIC) && !key.equals("offset.storage.topic"))
                .forEach(key -> assertThat(moved.get(key)).as(key).isEqualTo(normal.get(key)));
    }

    @Test
    void aFileThatClaimsARuntimeKeyIsRefused() {
        ConnectorFile withOffsets = new ConnectorFile(file.name(), file.connectorClass(), file.tasksMax(),
                Map.of("offset.storage.topic", "x"));
        assertThatThrownBy(() -> settings.engineConfig(withOffsets)).hasMessageContaining("offset.storage.topic");
    }
}
