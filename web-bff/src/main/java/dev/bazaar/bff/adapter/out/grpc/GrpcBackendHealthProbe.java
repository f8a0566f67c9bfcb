package dev.bazaar.bff.adapter.out.grpc;

import dev.bazaar.bff.application.port.out.BackendHealthProbe;
import dev.bazaar.platform.grpc.GrpcChannels;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Probes a backend with the standard gRPC health service ({@code grpc.health.v1.Health/Check}). */
@ApplicationScoped
public class GrpcBackendHealthProbe implements BackendHealthProbe {

    private static final Logger LOG = Logger.getLogger(GrpcBackendHealthProbe.class.getName());

    private final GrpcChannels channels;
    private final Duration deadline;

    @Inject
    public GrpcBackendHealthProbe(GrpcChannels channels,
                                  @ConfigProperty(name = "bazaar.status.probe-deadline", defaultValue = "PT1S") Duration deadline) {
        this.channels = channels;
        this.deadline = deadline;
    }

    @Override
    public boolean isServing(String backend) {
        try {
            ServingStatus status = HealthGrpc.newBlockingStub(channels.probeChannel(backend))
                    .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .check(HealthCheckRequest.getDefaultInstance())
                    .getStatus();
            return status == ServingStatus.SERVING;
        } catch (StatusRuntimeException e) {
            LOG.log(Level.FINE, () -> backend + " is not serving: " + e.getStatus());
            return false;
        }
    }
}
