package dev.bazaar.platform.grpc;

import dev.bazaar.platform.observability.OutcomeLog;
import dev.bazaar.platform.observability.TraceIds;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Observes every gRPC call once: continues the caller's W3C trace from the {@code traceparent}
 * metadata in a server span, keeps trace and span ids in the logging context of every callback,
 * writes one log line per call with its method, status and duration, and times it in
 * {@code grpc_server_call_duration_seconds{method,code}} (a histogram: RED per gRPC method).
 */
@ApplicationScoped
public class GrpcCallObserver implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger("dev.bazaar.grpc.calls");
    static final String DURATION = "grpc_server_call_duration_seconds";
    private static final org.eclipse.microprofile.metrics.Metadata DURATION_METADATA =
            org.eclipse.microprofile.metrics.Metadata.builder().withName(DURATION)
            .withDescription("gRPC calls served, by full method name and status code")
            .withUnit(MetricUnits.SECONDS).build();

    private static final TextMapGetter<Metadata> METADATA_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Metadata carrier) {
            return carrier.keys();
        }

        @Override
        public String get(Metadata carrier, String key) {
            return carrier == null ? null : carrier.get(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER));
        }
    };

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final MetricRegistry metrics;

    @Inject
    GrpcCallObserver(OpenTelemetry openTelemetry, Tracer tracer, MetricRegistry metrics) {
        this.openTelemetry = openTelemetry;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        Context parent = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), headers, METADATA_GETTER);
        Span span = tracer.spanBuilder(method)
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("rpc.system", "grpc")
                .setAttribute("rpc.service", call.getMethodDescriptor().getServiceName())
                .setAttribute("rpc.method", call.getMethodDescriptor().getBareMethodName())
                .startSpan();
        Context context = parent.with(span);
        long started = System.nanoTime();
        AtomicBoolean finished = new AtomicBoolean();
        // Ends the span and logs the call exactly once: at close, or at cancel when the client gave up.
        java.util.function.Consumer<Status> finish = status -> {
            if (finished.compareAndSet(false, true)) {
                long nanos = System.nanoTime() - started;
                Status.Code code = status.getCode();
                span.setAttribute("rpc.grpc.status_code", code.value());
                if (GrpcOutcome.isServerFault(code)) {
                    span.setStatus(StatusCode.ERROR, code.name());
                }
                metrics.timer(DURATION_METADATA, new Tag("method", method), new Tag("code", code.name()))
                        .update(Duration.ofNanos(nanos));
                OutcomeLog.log(LOG, Level.INFO, () -> "grpc " + method + " " + code + " " + nanos / 1_000_000 + "ms",
                        Map.of("rpc.system", "grpc",
                                "rpc.method", method,
                                "rpc.grpc.status_code", code.name(),
                                "event.duration", Long.toString(nanos),
                                "event.outcome", OutcomeLog.outcome(!GrpcOutcome.isServerFault(code))),
                        null);
                span.end();
            }
        };

        ServerCall<Q, R> observed = new SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                finish.accept(status);
                super.close(status, trailers);
            }
        };
        ServerCall.Listener<Q> delegate;
        try (Scope ignored = context.makeCurrent()) {
            TraceIds.putInLogContext(span);
            delegate = next.startCall(observed, headers);
        } finally {
            TraceIds.clearLogContext();
        }
        return new SimpleForwardingServerCallListener<>(delegate) {
            @Override
            public void onMessage(Q message) {
                inContext(() -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                inContext(super::onHalfClose);
            }

            @Override
            public void onCancel() {
                inContext(() -> {
                    finish.accept(Status.CANCELLED);
                    super.onCancel();
                });
            }

            @Override
            public void onComplete() {
                inContext(super::onComplete);
            }

            @Override
            public void onReady() {
                inContext(super::onReady);
            }

            private void inContext(Runnable step) {
                try (Scope ignored = context.makeCurrent()) {
                    TraceIds.putInLogContext(span);
                    step.run();
                } finally {
                    TraceIds.clearLogContext();
                }
            }
        };
    }
}
