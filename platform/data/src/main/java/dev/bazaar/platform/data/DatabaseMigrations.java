package dev.bazaar.platform.data;

import dev.bazaar.platform.health.ReadinessChecks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the service's own schema with Flyway when the application starts, before anything uses
 * the database. Two histories: the platform's tables (outbox, inbox: {@code db/platform}) and the
 * service's own ({@code db/migration}), so each evolves with its own version numbers.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private final Instance<DataSource> dataSource;
    private final boolean enabled;

    @Inject
    DatabaseMigrations(@Named(ReadinessChecks.DATA_SOURCE) Instance<DataSource> dataSource,
                       @ConfigProperty(name = "bazaar.db.migrate", defaultValue = "true") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void migrate(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled || dataSource.isUnsatisfied()) {
            return;
        }
        migrate("db/platform", "flyway_platform_history");
        migrate("db/migration", "flyway_schema_history");
    }

    private void migrate(String location, String historyTable) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource.get())
                .locations("classpath:" + location)
                .table(historyTable)
                .failOnMissingLocations(false)
                // The second history meets a schema the first one already filled: start it at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema " + location + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "no version" : result.targetSchemaVersion));
    }
}
