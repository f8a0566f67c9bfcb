package dev.bazaar.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
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
}
