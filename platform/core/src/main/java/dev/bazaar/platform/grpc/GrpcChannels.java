package dev.bazaar.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Status;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Channels to other Bazaar services, one per backend, from configuration:
 * {@code bazaar.backends.<name>.address} ({@code host:port}) and
 * {@code bazaar.backends.<name>.deadline} (ISO-8601, default 2 s), which every call must use
 * ({@link #deadline(String)}). Every call is a client span (its {@code traceparent} goes with the
 * call, so the backend's span joins the caller's trace) timed in
 * {@code grpc_client_call_duration_seconds{backend,method,code}}, and carries, when a user's request
 * is being handled, that user's access token (common.proto: the identity travels with the call).
 * Each backend has a circuit breaker ({@link BackendCircuitBreaker}): while it is open, calls fail
 * at once with UNAVAILABLE, and {@code grpc_client_circuit_open{backend}} is 1.
 */
@ApplicationScoped
public class GrpcChannels {

    static final String DURATION = "grpc_client_call_duration_seconds";
    static final String CIRCUIT_OPEN = "grpc_client_circuit_open";
    private static final org.eclipse.microprofile.metrics.Metadata DURATION_METADATA =
            org.eclipse.microprofile.metrics.Metadata.builder().withName(DURATION)
                    .withDescription("gRPC calls made to other services, by backend, full method name and status code")
                    .withUnit(MetricUnits.SECONDS).build();

    private final Config config;
    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final MetricRegistry metrics;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, BackendCircuitBreaker> breakers = new ConcurrentHashMap<>();

    @Inject
    GrpcChannels(Config config, OpenTelemetry openTelemetry, Tracer tracer, MetricRegistry metrics) {
        this.config = config;
        this.openTelemetry = openTelemetry;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    /** Outside a container (unit tests): the given OpenTelemetry's tracer, no metrics. */
    GrpcChannels(Config config, OpenTelemetry openTelemetry) {
        this(config, openTelemetry, openTelemetry.getTracer("dev.bazaar.platform"), null);
    }

    /** Channels outside a CDI container (an adapter's tests, tools): no traces, no metrics; {@link #close()} them. */
    public static GrpcChannels standalone(Config config) {
        return new GrpcChannels(config, OpenTelemetry.noop());
    }

    public Channel channel(String backend) {
        // the last one runs first: the caller's token, then the span and timer, then the circuit breaker,
        // so that calls the breaker refuses are traced and timed too
        return ClientInterceptors.intercept(managedChannel(backend), breakers.computeIfAbsent(backend, this::circuitBreaker),
                new ClientObservation(backend), new CallerTokenForwarding());
    }

    /**
     * The same connection without the circuit breaker, for health probes: a probe must see the
     * backend as it is, not as the breaker last judged it, and its failures while a backend is down
     * must not keep the breaker open for the real calls once it is back.
     */
    public Channel probeChannel(String backend) {
        return ClientInterceptors.intercept(managedChannel(backend), new ClientObservation(backend));
    }

    private ManagedChannel managedChannel(String backend) {
        return channels.computeIfAbsent(backend, name -> NettyChannelBuilder
                .forTarget(config.getValue("bazaar.backends." + name + ".address", String.class))
                .usePlaintext() // inside the cluster Istio's sidecars add mutual TLS
                .build());
    }

    private BackendCircuitBreaker circuitBreaker(String backend) {
        BackendCircuitBreaker breaker = new BackendCircuitBreaker(backend, config);
        if (metrics != null) {
            metrics.gauge(org.eclipse.microprofile.metrics.Metadata.builder().withName(CIRCUIT_OPEN)
                            .withDescription("1 while calls to the backend are refused without trying (circuit open), else 0").build(),
                    breaker, b -> b.isOpen() ? 1 : 0, new Tag("backend", backend));
        }
        return breaker;
    }

    public Duration deadline(String backend) {
        return config.getOptionalValue("bazaar.backends." + backend + ".deadline", Duration.class)
                .orElse(Duration.ofSeconds(2));
    }

    @PreDestroy
    public void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        try {
            for (ManagedChannel channel : channels.values()) {
                if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                    channel.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            channels.values().forEach(ManagedChannel::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    /** Forwards the bearer token of the request being handled, unless the call sets its own. */
    private static final class CallerTokenForwarding implements ClientInterceptor {
        private static final Metadata.Key<String> AUTHORIZATION =
                Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            String token = CallerContext.bearerToken();
            return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    if (token != null && !headers.containsKey(AUTHORIZATION)) {
                        headers.put(AUTHORIZATION, "Bearer " + token);
                    }
                    super.start(listener, headers);
                }
            };
        }
    }

    /**
     * A client span per call, child of the current span: its {@code traceparent} goes on the call,
     * so the backend's server span joins the caller's trace. Ends, and times the call, when it closes.
     */
    private final class ClientObservation implements ClientInterceptor {
        private final String backend;

        ClientObservation(String backend) {
            this.backend = backend;
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            String fullMethod = method.getFullMethodName();
            Span span = tracer.spanBuilder(fullMethod)
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute("rpc.system", "grpc")
                    .setAttribute("rpc.service", method.getServiceName())
                    .setAttribute("rpc.method", method.getBareMethodName())
                    .setAttribute("peer.service", backend)
                    .startSpan();
            Context context = Context.current().with(span);
            long started = System.nanoTime();
            return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    openTelemetry.getPropagators().getTextMapPropagator().inject(context, headers,
                            (carrier, key, value) -> carrier.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value));
                    super.start(new SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            finish(status);
                            super.onClose(status, trailers);
                        }
                    }, headers);
                }

                @Override
                public void cancel(String message, Throwable cause) {
                    try {
                        super.cancel(message, cause);
                    } finally {
                        finish(Status.CANCELLED); // onClose follows too; the first one counts
                    }
                }

                private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();

                private void finish(Status status) {
                    if (!finished.compareAndSet(false, true)) {
                        return;
                    }
                    Status.Code code = status.getCode();
                    span.setAttribute("rpc.grpc.status_code", code.value());
                    if (code != Status.Code.OK) {
                        span.setStatus(StatusCode.ERROR, code.name());
                    }
                    span.end();
                    if (metrics != null) {
                        metrics.timer(DURATION_METADATA, new Tag("backend", backend), new Tag("method", fullMethod),
                                new Tag("code", code.name())).update(java.time.Duration.ofNanos(System.nanoTime() - started));
                    }
                }
            };
        }
    }
}
