package dev.bazaar.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The service's OpenTelemetry instance (docs/decisions/0017): W3C trace context propagation and a
 * tracer whose spans carry the service name, configured by the standard {@code OTEL_*} settings
 * (environment variables, system properties, or {@code otel.*} keys of the service's MicroProfile
 * config). Spans are exported over OTLP (HTTP/protobuf) only when an endpoint is set
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, e.g. {@code http://jaeger-collector:4318}); without one
 * nothing leaves the process. Either way spans get real ids, so logs always carry a trace id that
 * the next hop continues.
 *
 * <p>A trace starts where work enters a service (a request, a call, a message); a client span
 * without a parent (a database statement of a timer, a token fetched at start) is dropped, see
 * {@link WhereWorkEnters}. A collector that does not answer costs one warning, see
 * {@link QuietExporter}.
 */
@ApplicationScoped
public class Tracing {

    private static final Logger LOG = Logger.getLogger(Tracing.class.getName());

    private final OpenTelemetrySdk sdk;

    @Inject
    public Tracing(Config config) {
        String serviceName = config.getValue("bazaar.service.name", String.class);
        AtomicReference<String> exportingTo = new AtomicReference<>();
        this.sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> defaults(config, serviceName))
                .addPropertiesCustomizer(properties -> {
                    exportingTo.set(endpoint(properties));
                    return exportOnlyWithAnEndpoint(properties);
                })
                .addSamplerCustomizer((sampler, properties) -> new WhereWorkEnters(sampler))
                .addSpanExporterCustomizer((exporter, properties) -> new QuietExporter(exporter,
                        endpoint(properties)))
                // Without any processor the SDK hands out invalid (all-zero) span contexts; this one
                // keeps real ids for log correlation and propagation while nothing exports.
                .addTracerProviderCustomizer((builder, properties) -> builder.addSpanProcessor(new IdsOnly()))
                .disableShutdownHook() // closed with the CDI container, after the last request
                .build()
                .getOpenTelemetrySdk();
        String endpoint = exportingTo.get();
        LOG.info(() -> endpoint == null
                ? "Traces are not exported (no OTEL_EXPORTER_OTLP_ENDPOINT)"
                : "Traces are exported over OTLP to " + endpoint);
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
        // sends what the batch processor still holds (bounded: a dead collector must not stall shutdown)
        sdk.shutdown().join(5, TimeUnit.SECONDS);
    }

    /**
     * Lowest precedence: the service's own {@code otel.*} config keys, then the platform's choices.
     * Environment variables and system properties override them (autoconfigure reads those itself).
     */
    private static Map<String, String> defaults(Config config, String serviceName) {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("otel.service.name", serviceName);
        defaults.put("otel.resource.attributes", "service.namespace=bazaar");
        defaults.put("otel.propagators", "tracecontext");
        // traces only: metrics are Prometheus' (/metrics), logs go through Log4j to stdout
        defaults.put("otel.metrics.exporter", "none");
        defaults.put("otel.logs.exporter", "none");
        defaults.put("otel.exporter.otlp.protocol", "http/protobuf");
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("otel.")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> defaults.put(name, value));
            }
        }
        return defaults;
    }

    /** OFF by default: the OTLP exporter only when an endpoint is configured (or an exporter named). */
    private static Map<String, String> exportOnlyWithAnEndpoint(ConfigProperties properties) {
        if (properties.getString("otel.traces.exporter") != null) {
            return Map.of();
        }
        return Map.of("otel.traces.exporter", endpoint(properties) == null ? "none" : "otlp");
    }

    private static String endpoint(ConfigProperties properties) {
        String traces = properties.getString("otel.exporter.otlp.traces.endpoint");
        if (traces != null && !traces.isBlank()) {
            return traces;
        }
        String base = properties.getString("otel.exporter.otlp.endpoint");
        return base == null || base.isBlank() ? null : base;
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
