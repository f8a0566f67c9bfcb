package dev.bazaar.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /healthz/ready}: UP only while the engine's task reads the binlog (not before it runs,
 * not while it restarts or reconnects). {@code /healthz/live}: DOWN only when the relay gave up,
 * so that a supervisor restarts the process; a relay that is retrying is alive.
 */
@ApplicationScoped
public class RelayHealth {

    private final OutboxRelay relay;

    @Inject
    RelayHealth(OutboxRelay relay) {
        this.relay = relay;
    }

    @Produces
    @Readiness
    HealthCheck streaming() {
        return () -> withError(HealthCheckResponse.named("outbox-relay")
                .status(relay.isStreaming())
                .withData("engine", relay.status()))
                .build();
    }

    @Produces
    @Liveness
    HealthCheck engineAlive() {
        return () -> withError(HealthCheckResponse.named("outbox-relay")
                .status(!relay.hasFailedForGood())
                .withData("engine", relay.status()))
                .build();
    }

    /** The last engine error helps whoever looks at a DOWN check (Debezium names host and user, never the password). */
    private HealthCheckResponseBuilder withError(HealthCheckResponseBuilder response) {
        String error = relay.lastError();
        return error.isEmpty() ? response : response.withData("lastError", error.length() > 200 ? error.substring(0, 200) : error);
    }
}
