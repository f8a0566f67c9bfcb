package dev.bazaar.platform.data;

import dev.bazaar.platform.health.ReadinessChecks;
import dev.bazaar.platform.lifecycle.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes outbox and inbox rows older than their retention. The relay reads inserts from the
 * binlog, so an outbox row is not needed after it is written; it is kept for
 * {@code bazaar.outbox.retention} (default one day) only to help debugging. Inbox rows must outlive
 * any redelivery (Kafka's retention of the topic), hence {@code bazaar.inbox.retention} (default
 * 8 days, above Kafka's default 7). Deletes go in small batches to keep locks short.
 */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class.getName());
    private static final int BATCH = 1000;

    private final Instance<DataSource> dataSource;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private final Duration interval;
    private PeriodicTask task;

    @Inject
    OutboxCleanup(@Named(ReadinessChecks.DATA_SOURCE) Instance<DataSource> dataSource,
                  @ConfigProperty(name = "bazaar.outbox.retention", defaultValue = "P1D") Duration outboxRetention,
                  @ConfigProperty(name = "bazaar.inbox.retention", defaultValue = "P8D") Duration inboxRetention,
                  @ConfigProperty(name = "bazaar.outbox.cleanup-interval", defaultValue = "PT10M") Duration interval) {
        this.dataSource = dataSource;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
        this.interval = interval;
    }

    void start(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object event) {
        if (dataSource.isUnsatisfied()) {
            return;
        }
        task = PeriodicTask.every(interval, "outbox-cleanup", this::cleanUp);
    }

    void cleanUp() {
        try {
            int outbox = delete("DELETE FROM outbox WHERE created_at < NOW(6) - INTERVAL ? SECOND LIMIT " + BATCH, outboxRetention);
            int inbox = delete("DELETE FROM inbox WHERE processed_at < NOW(6) - INTERVAL ? SECOND LIMIT " + BATCH, inboxRetention);
            if (outbox + inbox > 0) {
                LOG.fine(() -> "Cleaned up " + outbox + " outbox and " + inbox + " inbox rows");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox/inbox cleanup failed; retrying next round", e);
        }
    }

    private int delete(String sql, Duration retention) throws SQLException {
        int total = 0;
        int deleted;
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, retention.toSeconds());
            do {
                deleted = statement.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.close();
        }
    }
}
