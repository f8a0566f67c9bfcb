package dev.bazaar.platform.grpc;

import dev.bazaar.platform.lifecycle.ServiceLifecycle;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The service's gRPC server: grpc-java on Netty (docs/decisions/0002), serving every
 * {@link BindableService} CDI bean of the application plus server reflection and the standard
 * {@code grpc.health.v1.Health} service. Calls run on virtual threads, so handlers may block on the
 * database; every call passes the observing (trace, log, metrics), authenticating (access token to
 * caller) and error-mapping interceptors.
 *
 * <p>Service implementations extend the generated {@code *ImplBase} and must be {@code @Dependent}
 * CDI beans (Weld cannot proxy the generated final {@code bindService()}).
 */
@ApplicationScoped
public class GrpcServer {

    private static final Logger LOG = Logger.getLogger(GrpcServer.class.getName());

    private final Instance<BindableService> services;
    private final GrpcCallObserver callObserver;
    private final GrpcErrorInterceptor errorInterceptor;
    private final GrpcAuthentication authentication;
    private final ServiceLifecycle lifecycle;
    private final boolean enabled;
    private final String host;
    private final int port;
    private final HealthStatusManager health = new HealthStatusManager();
    private final List<String> serviceNames = new ArrayList<>();
    private ExecutorService executor;
    private volatile Server server;

    @Inject
    GrpcServer(Instance<BindableService> services,
               GrpcCallObserver callObserver,
               GrpcErrorInterceptor errorInterceptor,
               GrpcAuthentication authentication,
               ServiceLifecycle lifecycle,
               // web-bff serves no gRPC: it sets bazaar.grpc.enabled=false.
               @ConfigProperty(name = "bazaar.grpc.enabled", defaultValue = "true") boolean enabled,
               @ConfigProperty(name = "bazaar.grpc.host", defaultValue = "0.0.0.0") String host,
               @ConfigProperty(name = "bazaar.grpc.port", defaultValue = "0") int port) {
        this.services = services;
        this.callObserver = callObserver;
        this.errorInterceptor = errorInterceptor;
        this.authentication = authentication;
        this.lifecycle = lifecycle;
        this.enabled = enabled;
        this.host = host;
        this.port = port;
    }

    /** Starts with the application, after the database is migrated (priority 0) and before traffic. */
    void start(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("grpc-", 0).factory());
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                .executor(executor)
                .addService(ProtoReflectionService.newInstance())
                .addService(health.getHealthService());
        for (BindableService service : services) {
            var definition = UndecodableRequests.tolerated(service.bindService());
            serviceNames.add(definition.getServiceDescriptor().getName());
            // Interceptors run last-added first: observe the call, authenticate its caller, map the
            // errors the handler raises, and refuse a request that is no valid message (INVALID_ARGUMENT).
            builder.addService(ServerInterceptors.intercept(definition, UndecodableRequests.interceptor(), errorInterceptor,
                    authentication, callObserver));
        }
        try {
            server = builder.build().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the gRPC server on " + host + ":" + port, e);
        }
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
        serviceNames.forEach(name -> health.setStatus(name, ServingStatus.SERVING));
        lifecycle.onDrain(health::enterTerminalState);
        LOG.info(() -> "gRPC server listening on " + host + ":" + port() + " with " + serviceNames);
    }

    /** The bound port (differs from the configured one when that is 0). */
    public int port() {
        Server s = server;
        return s == null ? port : s.getPort();
    }

    /** False for a service that serves no gRPC. */
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRunning() {
        Server s = server;
        return s != null && !s.isShutdown();
    }

    /** The application's own gRPC services (without reflection and health). */
    public List<String> serviceNames() {
        return List.copyOf(serviceNames);
    }

    /** Stops accepting new calls; calls under way go on. */
    public void stopAccepting() {
        Server s = server;
        if (s != null) {
            s.shutdown();
        }
    }

    /** Waits for calls under way, then cancels what is left. */
    public void awaitCalls(Duration timeout) {
        Server s = server;
        if (s == null) {
            return;
        }
        try {
            if (!s.awaitTermination(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                LOG.warning("gRPC calls still running at the end of the drain timeout; cancelling them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            s.shutdownNow();
            if (executor != null) {
                executor.shutdown();
            }
        }
    }
}
