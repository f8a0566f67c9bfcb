package dev.bazaar.relay.support;

import dev.bazaar.platform.testing.TestInfrastructure;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The four service schemas on the test MariaDB, each with the platform's outbox table made by the
 * platform's own migration ({@code db/platform}, the same Flyway history as the services use), and
 * rows written into them as a service would.
 */
public final class OutboxDatabase {

    public static final List<String> SCHEMAS = List.of("auth", "store", "orders", "payment");
    private static final String USER = "root";
    private static final String PASSWORD = "";

    private final TestInfrastructure.Database database;

    private OutboxDatabase(TestInfrastructure.Database database) {
        this.database = database;
    }

    /** Creates the schemas and their outbox tables if a service (or an earlier test) has not yet. */
    public static synchronized OutboxDatabase prepare() {
        OutboxDatabase db = new OutboxDatabase(TestInfrastructure.database());
        for (String schema : SCHEMAS) {
            Flyway.configure(OutboxDatabase.class.getClassLoader())
                    .dataSource(db.url(schema) + "?createDatabaseIfNotExist=true", USER, PASSWORD)
                    .locations("classpath:db/platform") // from bazaar-platform-data, as the services run it
                    .table("flyway_platform_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
        return db;
    }

    public String host() {
        return database.host();
    }

    public int port() {
        return database.port();
    }

    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), USER, PASSWORD);
    }

    /** Inserts {@code row} into {@code schema}.outbox on {@code connection}, in its transaction. */
    public static void insert(Connection connection, String schema, OutboxRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".outbox"
                + " (id, aggregatetype, aggregateid, type, payload, schema_version, traceparent) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.id());
            insert.setString(2, row.aggregateType());
            insert.setString(3, row.aggregateId());
            insert.setString(4, row.type());
            insert.setString(5, row.payload());
            insert.setInt(6, row.schemaVersion());
            insert.setString(7, row.traceparent());
            insert.executeUpdate();
        }
    }

    /** Inserts and commits one row. */
    public void insert(String schema, OutboxRow row) throws SQLException {
        try (Connection connection = connect(schema)) {
            insert(connection, schema, row);
        }
    }

    private String url(String schema) {
        return "jdbc:mariadb://" + database.host() + ":" + database.port() + "/" + schema;
    }

    /** A row of the outbox table. */
    public record OutboxRow(String id, String aggregateType, String aggregateId, String type, String payload,
                            int schemaVersion, String traceparent) {

        /** A row with a fresh message id, a W3C traceparent and a small JSON payload. */
        public static OutboxRow of(String aggregateType, String aggregateId, String type) {
            String id = UUID.randomUUID().toString();
            String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "")
                    + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-01";
            return new OutboxRow(id, aggregateType, aggregateId, type,
                    "{\"id\":\"" + aggregateId + "\",\"note\":\"grüße\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}", 1, traceparent);
        }

        public OutboxRow withSchemaVersion(int version) {
            return new OutboxRow(id, aggregateType, aggregateId, type, payload, version, traceparent);
        }

        /** {@code shop.<aggregatetype>.events}, as the connector file routes it. */
        public String topic() {
            return topicOf(aggregateType);
        }
    }

    public static String topicOf(String aggregateType) {
        return "shop." + aggregateType + ".events";
    }
}
