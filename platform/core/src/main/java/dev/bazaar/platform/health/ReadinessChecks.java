package dev.bazaar.platform.health;

import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.lifecycle.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness of every service, at {@code /healthz/ready}: not draining for shutdown, the gRPC
 * server running, and the database answering (for services that have one).
 */
@ApplicationScoped
public class ReadinessChecks {

    /** The name of every service's own data source in configuration. */
    public static final String DATA_SOURCE = "bazaar";

    private final ServiceLifecycle lifecycle;
    private final GrpcServer grpcServer;
    private final Instance<DataSource> dataSource;

    @Inject
    ReadinessChecks(ServiceLifecycle lifecycle,
                    GrpcServer grpcServer,
                    @Named(DATA_SOURCE) Instance<DataSource> dataSource) {
        this.lifecycle = lifecycle;
        this.grpcServer = grpcServer;
        this.dataSource = dataSource;
    }

    @Produces
    @Readiness
    HealthCheck notDraining() {
        return () -> HealthCheckResponse.named("lifecycle")
                .status(!lifecycle.isDraining())
                .withData("state", lifecycle.isDraining() ? "draining" : "serving")
                .build();
    }

    @Produces
    @Readiness
    HealthCheck grpcServerRunning() {
        return () -> {
            var response = HealthCheckResponse.named("grpc");
            GrpcServer server = grpcServer;
            if (!server.isEnabled()) {
                return response.up().withData("server", "none").build();
            }
            return response.status(server.isRunning()).withData("port", server.port()).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck databaseAnswers() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            if (dataSource.isUnsatisfied()) {
                return response.up().withData("database", "none").build();
            }
            try (Connection connection = dataSource.get().getConnection()) {
                return response.status(connection.isValid(2)).build();
            } catch (SQLException e) {
                // The message names the failure (refused, timeout) without credentials.
                return response.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
            }
        };
    }
}
