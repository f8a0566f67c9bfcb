package dev.bazaar.platform.messaging;

import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Kafka channels in {@code /healthz}: SmallRye reports each channel's state (consumer
 * subscribed, broker reachable, no fatal failure) to its health center; Helidon knows nothing of
 * it, so these checks hand it over. A service whose consumers cannot work is not ready.
 */
@ApplicationScoped
public class MessagingHealth {

    private final HealthCenter healthCenter;

    @Inject
    MessagingHealth(HealthCenter healthCenter) {
        this.healthCenter = healthCenter;
    }

    @Produces
    @Readiness
    HealthCheck channelsReady() {
        return () -> response("messaging", healthCenter.getReadiness());
    }

    @Produces
    @Liveness
    HealthCheck channelsAlive() {
        return () -> response("messaging", healthCenter.getLiveness());
    }

    private static HealthCheckResponse response(String name, HealthReport report) {
        var response = HealthCheckResponse.named(name).status(report.isOk());
        report.getChannels().forEach(channel -> response.withData(channel.getChannel(),
                channel.isOk() ? "UP" : "DOWN" + (channel.getMessage() == null ? "" : ": " + channel.getMessage())));
        return response.build();
    }
}
