package dev.bazaar.platform.lifecycle;

import dev.bazaar.platform.grpc.GrpcServer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Drains the service on SIGTERM before Helidon stops its server: readiness goes DOWN, the gRPC
 * server stops accepting calls, then in-flight HTTP requests and gRPC calls get up to
 * {@code bazaar.shutdown.drain-timeout} to finish. Runs before Helidon's own shutdown observers
 * (priority -100), because Helidon 4.2 MP would otherwise cut in-flight requests.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

    private final ServiceLifecycle lifecycle;
    private final InFlightRequests httpRequests;
    private final GrpcServer grpcServer;
    private final Duration readinessDelay;
    private final Duration drainTimeout;

    @Inject
    GracefulShutdown(ServiceLifecycle lifecycle,
                     InFlightRequests httpRequests,
                     GrpcServer grpcServer,
                     // Time for load balancers (Kubernetes endpoints, Istio) to see readiness DOWN.
                     @ConfigProperty(name = "bazaar.shutdown.readiness-delay", defaultValue = "PT0S") Duration readinessDelay,
                     @ConfigProperty(name = "bazaar.shutdown.drain-timeout", defaultValue = "PT20S") Duration drainTimeout) {
        this.lifecycle = lifecycle;
        this.httpRequests = httpRequests;
        this.grpcServer = grpcServer;
        this.readinessDelay = readinessDelay;
        this.drainTimeout = drainTimeout;
    }

    void drain(@Observes @Priority(-100) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        Instant started = Instant.now();
        LOG.info(() -> "Shutting down: readiness DOWN, draining " + httpRequests.count() + " HTTP request(s)");
        lifecycle.startDraining();
        try {
            Thread.sleep(readinessDelay);
            Instant deadline = Instant.now().plus(drainTimeout);
            grpcServer.stopAccepting();
            httpRequests.close(); // a request from now on is refused: 503 shutting-down, Connection: close
            if (!httpRequests.awaitIdle(Duration.between(Instant.now(), deadline))) {
                LOG.warning(() -> httpRequests.count() + " HTTP request(s) still running after " + drainTimeout);
            }
            grpcServer.awaitCalls(Duration.between(Instant.now(), deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(() -> "Drained in " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }
}
