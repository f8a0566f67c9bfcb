package dev.bazaar.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The relay's MicroProfile configuration (defaults in META-INF/microprofile-config.properties, every
 * key overridable by environment: {@code bazaar.db.host} ← {@code BAZAAR_DB_HOST}). It says only where
 * things are and where the relay keeps its own offsets; what to relay and how is the connector file.
 */
@ApplicationScoped
public class RelaySettings {

    private final EngineConfig.Connection connection;
    private final EngineConfig.Storage storage;
    private final RelayEngine.Restarts restarts;
    private final Duration stopTimeout;

    @Inject
    RelaySettings(@ConfigProperty(name = "bazaar.db.host") String dbHost,
                  @ConfigProperty(name = "bazaar.db.port") int dbPort,
                  @ConfigProperty(name = "bazaar.db.user") String dbUser,
                  // no password for the local root user; Kubernetes would set BAZAAR_DB_PASSWORD
                  @ConfigProperty(name = "bazaar.db.password") Optional<String> dbPassword,
                  @ConfigProperty(name = "bazaar.kafka.bootstrap-servers") String kafkaBootstrapServers,
                  @ConfigProperty(name = "bazaar.relay.offsets.topic") String offsetsTopic,
                  @ConfigProperty(name = "bazaar.relay.offsets.replication-factor", defaultValue = "1") short replicationFactor,
                  @ConfigProperty(name = "bazaar.relay.offsets.flush-interval", defaultValue = "PT1S") Duration flushInterval,
                  @ConfigProperty(name = "bazaar.relay.schema-history.topic") Optional<String> schemaHistoryTopic,
                  @ConfigProperty(name = "bazaar.relay.restart.max-attempts", defaultValue = "10") int maxRestarts,
                  @ConfigProperty(name = "bazaar.relay.stop-timeout", defaultValue = "PT30S") Duration stopTimeout) {
        this.connection = new EngineConfig.Connection(dbHost, dbPort, dbUser, dbPassword.orElse(""), kafkaBootstrapServers);
        this.storage = new EngineConfig.Storage(offsetsTopic, replicationFactor, flushInterval,
                schemaHistoryTopic.filter(topic -> !topic.isBlank()));
        this.restarts = new RelayEngine.Restarts(RelayEngine.Restarts.DEFAULT.initialBackoff(),
                RelayEngine.Restarts.DEFAULT.maxBackoff(), maxRestarts);
        this.stopTimeout = stopTimeout;
    }

    public EngineConfig.Connection connection() {
        return connection;
    }

    /** The engine's configuration: the connector file plus this configuration's connection and storage. */
    public Map<String, String> engineConfig(ConnectorFile file) {
        return EngineConfig.asMap(file, connection, storage);
    }

    public RelayEngine.Restarts restarts() {
        return restarts;
    }

    public Duration stopTimeout() {
        return stopTimeout;
    }
}
