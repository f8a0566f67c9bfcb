package dev.bazaar.relay;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * The relay in the Helidon process: starts the engine once the application is up and stops it on
 * shutdown (SIGTERM), after the platform has taken readiness down and before Helidon stops.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final OpenTelemetry openTelemetry;
    private volatile RelayEngine engine;

    @Inject
    OutboxRelay(RelaySettings settings, RelayMetrics metrics, OpenTelemetry openTelemetry) {
        this.settings = settings;
        this.metrics = metrics;
        this.openTelemetry = openTelemetry;
    }

    /** After the platform's own start work (priority 0..100): the HTTP server answers health meanwhile. */
    void start(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object event) {
        ConnectorFile file = ConnectorFile.load();
        LOG.info(() -> "Relaying the outbox tables of " + file.config().get("database.include.list")
                + " (connector " + file.name() + ") from " + settings.connection());
        engine = new RelayEngine(settings.engineConfig(file), metrics, settings.restarts(), openTelemetry).start();
    }

    /**
     * Engine first (it commits the offsets of what Kafka acknowledged), then the producer. Runs after
     * the platform's drain (priority -100) has marked the process not ready.
     */
    void stop(@Observes @Priority(-90) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        RelayEngine running = engine;
        if (running == null) {
            return;
        }
        long started = System.nanoTime();
        boolean stopped = running.stop(settings.stopTimeout());
        LOG.info(() -> "Outbox relay " + (stopped ? "stopped" : "did not stop in time") + " after "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Readiness: the task is reading the binlog. */
    public boolean isStreaming() {
        RelayEngine running = engine;
        return running != null && running.isStreaming();
    }

    /** Liveness DOWN: the relay gave up and needs a restart. */
    public boolean hasFailedForGood() {
        RelayEngine running = engine;
        return running != null && running.hasFailedForGood();
    }

    public String status() {
        RelayEngine running = engine;
        return running == null ? "not started" : running.status().name().toLowerCase(Locale.ROOT);
    }

    public String lastError() {
        RelayEngine running = engine;
        return running == null ? "" : running.lastError();
    }
}
