package dev.bazaar.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's OpenTelemetry instance: W3C trace context propagation and a tracer whose spans
 * carry the service name. Spans get real ids even when nothing exports them, so logs always carry a
 * trace id that the next hop continues.
 */
@ApplicationScoped
public class Tracing {

    private final OpenTelemetrySdk sdk;

    @Inject
    public Tracing(@ConfigProperty(name = "bazaar.service.name") String serviceName) {
        SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
                // Without any processor the SDK hands out invalid (all-zero) span contexts; this
                // one keeps real ids for log correlation and propagation while nothing exports.
                .addSpanProcessor(new IdsOnly())
                .setResource(Resource.getDefault().merge(Resource.create(
                        Attributes.of(io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), serviceName))))
                .build();
        this.sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(tracerProvider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }

    @Produces
    @ApplicationScoped
    OpenTelemetry openTelemetry() {
        return sdk;
    }

    @Produces
    @ApplicationScoped
    Tracer tracer() {
        return sdk.getTracer("dev.bazaar.platform");
    }

    @PreDestroy
    void close() {
        sdk.close();
    }

    /** A span processor that records nothing: spans exist for their ids only. */
    private static final class IdsOnly implements SpanProcessor {
        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
        }

        @Override
        public boolean isEndRequired() {
            return false;
        }
    }
}
