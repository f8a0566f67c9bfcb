package dev.bazaar.relay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded engine's configuration: the connector file's {@code spec.config} as it is, with only
 * the connection settings replaced, plus what Kafka Connect would have from its worker (offset
 * storage) and from the {@code KafkaConnector} resource itself (name, class, tasks).
 *
 * <p>Anything that changes what is relayed or how it looks on the wire belongs in the file, never
 * here; {@code OutboxConnectorFileTest} fails when this class starts to differ from the file in any
 * other key.
 */
public final class EngineConfig {

    /** Where the database and Kafka are: the only keys of the file the relay replaces. */
    public static final Set<String> CONNECTION_KEYS = Set.of(
            "database.hostname",
            "database.port",
            "database.user",
            "database.password",
            "schema.history.internal.kafka.bootstrap.servers");

    /**
     * What Kafka Connect takes from its worker configuration and the {@code KafkaConnector}
     * resource rather than from {@code spec.config}; the relay adds them, the file must not hold them.
     */
    public static final Set<String> RUNTIME_KEYS = Set.of(
            "name",
            "connector.class",
            "tasks.max",
            "bootstrap.servers",
            "offset.storage",
            "offset.storage.topic",
            "offset.storage.partitions",
            "offset.storage.replication.factor",
            "offset.flush.interval.ms");

    /** The one storage key of the file the relay may move (tests give each relay its own history). */
    public static final String SCHEMA_HISTORY_TOPIC = "schema.history.internal.kafka.topic";

    /** Where the database and the Kafka cluster are, from the relay's MicroProfile config. */
    public record Connection(String dbHost, int dbPort, String dbUser, String dbPassword, String kafkaBootstrapServers) {

        public Connection {
            Objects.requireNonNull(dbHost, "dbHost");
            Objects.requireNonNull(dbUser, "dbUser");
            Objects.requireNonNull(dbPassword, "dbPassword");
            Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        }

        /** Without the password: for logs. */
        @Override
        public String toString() {
            return dbUser + "@" + dbHost + ":" + dbPort + ", Kafka " + kafkaBootstrapServers;
        }
    }

    /**
     * The relay's own storage: Kafka Connect keeps offsets in its worker's topic, the embedded
     * engine in this one.
     *
     * @param offsetsTopic       compacted topic of the engine's source offsets (binlog positions)
     * @param replicationFactor  of that topic when the engine creates it
     * @param flushInterval      how often acknowledged positions are committed: what a crash replays at most
     * @param schemaHistoryTopic replaces the file's history topic when present (tests); empty in a real run
     */
    public record Storage(String offsetsTopic, short replicationFactor, Duration flushInterval,
                          Optional<String> schemaHistoryTopic) {

        public Storage {
            Objects.requireNonNull(offsetsTopic, "offsetsTopic");
            Objects.requireNonNull(flushInterval, "flushInterval");
            Objects.requireNonNull(schemaHistoryTopic, "schemaHistoryTopic");
        }
    }

    private EngineConfig() {
    }

    /** The engine's configuration as key/value pairs, the file's order first. */
    public static Map<String, String> asMap(ConnectorFile file, Connection connection, Storage storage) {
        for (String key : RUNTIME_KEYS) {
            if (file.config().containsKey(key)) {
                throw new IllegalArgumentException(key + " belongs to the runtime, not to the connector's spec.config");
            }
        }
        Map<String, String> config = new LinkedHashMap<>(file.config());

        config.put("database.hostname", connection.dbHost());
        config.put("database.port", Integer.toString(connection.dbPort()));
        config.put("database.user", connection.dbUser());
        config.put("database.password", connection.dbPassword());
        config.put("schema.history.internal.kafka.bootstrap.servers", connection.kafkaBootstrapServers());
        storage.schemaHistoryTopic().ifPresent(topic -> config.put(SCHEMA_HISTORY_TOPIC, topic));

        config.put("name", file.name());
        config.put("connector.class", file.connectorClass());
        config.put("tasks.max", Integer.toString(file.tasksMax()));
        config.put("bootstrap.servers", connection.kafkaBootstrapServers());
        config.put("offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore");
        config.put("offset.storage.topic", storage.offsetsTopic());
        config.put("offset.storage.partitions", "1");
        config.put("offset.storage.replication.factor", Short.toString(storage.replicationFactor()));
        config.put("offset.flush.interval.ms", Long.toString(storage.flushInterval().toMillis()));
        return config;
    }

    /** The same as {@link #asMap}, as the engine takes it. */
    public static Properties asProperties(ConnectorFile file, Connection connection, Storage storage) {
        Properties properties = new Properties();
        properties.putAll(asMap(file, connection, storage));
        return properties;
    }
}
