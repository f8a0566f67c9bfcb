package dev.bazaar.platform.observability;

import dev.bazaar.platform.lifecycle.InFlightRequests;
import dev.bazaar.platform.rest.Problems;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Observes every JAX-RS request once, first of all filters: counts it as in flight (for graceful
 * shutdown), continues the caller's W3C trace ({@code traceparent}) in a server span, puts the
 * trace and span ids in the logging context, and when the response leaves writes one log line
 * (method, path, route, status, duration, outcome) and times the request in
 * {@code http_server_request_duration_seconds{method,route,status}} (a histogram: RED per endpoint,
 * with p50/p99 from its buckets). The route is the matched template ({@code /api/v1/orders/{id}}),
 * never the raw path, so the label stays bounded; {@code unmatched} when no resource matched.
 * Helidon 4.2's web server is not instrumented by OpenTelemetry, hence this filter.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class HttpRequestObserver implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("dev.bazaar.http.requests");
    static final String DURATION = "http_server_request_duration_seconds";
    private static final Metadata DURATION_METADATA = Metadata.builder().withName(DURATION)
            .withDescription("HTTP requests served, by method, route template and status code")
            .withUnit(MetricUnits.SECONDS).build();
    private static final String SPAN = HttpRequestObserver.class.getName() + ".span";
    private static final String SCOPE = HttpRequestObserver.class.getName() + ".scope";
    private static final String STARTED = HttpRequestObserver.class.getName() + ".started";

    private static final TextMapGetter<MultivaluedMap<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultivaluedMap<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(MultivaluedMap<String, String> carrier, String key) {
            return carrier == null ? null : carrier.getFirst(key);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    Tracer tracer;
    @Inject
    InFlightRequests inFlight;
    @Inject
    MetricRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!inFlight.enter()) {
            // shutting down: refused before any work, so a client (or the mesh) may send it elsewhere
            request.abortWith(Response.fromResponse(Problems.response(503, "shutting-down", "Service unavailable",
                            "This instance is shutting down; send the request again.", "/" + request.getUriInfo().getPath(),
                            List.of()))
                    .header("Connection", "close")
                    .header("Retry-After", "1")
                    .build());
            return;
        }
        Context parent = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), request.getHeaders(), HEADERS);
        String method = request.getMethod();
        Span span = tracer.spanBuilder(method + " /" + request.getUriInfo().getPath())
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", method)
                .setAttribute("url.path", "/" + request.getUriInfo().getPath())
                .startSpan();
        request.setProperty(SPAN, span);
        request.setProperty(SCOPE, parent.with(span).makeCurrent());
        request.setProperty(STARTED, System.nanoTime());
        TraceIds.putInLogContext(span);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return; // the request failed before our request filter ran
        }
        try {
            int status = response.getStatus();
            long nanos = System.nanoTime() - (long) request.getProperty(STARTED);
            String method = request.getMethod();
            String path = "/" + request.getUriInfo().getPath();
            // The route template (e.g. /api/v1/orders/{id}) is known only after matching.
            String route = route(request);
            span.setAttribute("http.response.status_code", status);
            if (route != null) {
                span.setAttribute("http.route", route);
                span.updateName(method + " " + route);
            }
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            metrics.timer(DURATION_METADATA, new Tag("method", method), new Tag("route", route == null ? "unmatched" : route),
                    new Tag("status", Integer.toString(status))).update(Duration.ofNanos(nanos));
            OutcomeLog.log(LOG, Level.INFO, () -> method + " " + path + " " + status + " " + nanos / 1_000_000 + "ms",
                    Map.of("http.request.method", method,
                            "url.path", path,
                            "http.route", route == null ? "" : route,
                            "http.response.status_code", Integer.toString(status),
                            "event.duration", Long.toString(nanos),
                            "event.outcome", OutcomeLog.outcome(status < 500)),
                    null);
            span.end();
        } finally {
            if (request.getProperty(SCOPE) instanceof Scope scope) {
                scope.close();
            }
            TraceIds.clearLogContext();
            request.removeProperty(SPAN);
            inFlight.exit();
        }
    }

    /** The matched resource templates, outermost first, e.g. {@code /api/v1/orders/{id}}; null if none matched. */
    private static String route(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info) || info.getMatchedTemplates().isEmpty()) {
            return null;
        }
        List<UriTemplate> templates = info.getMatchedTemplates(); // innermost first
        StringBuilder route = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String template = templates.get(i).getTemplate();
            if (template.isEmpty() || template.equals("/")) {
                continue;
            }
            if (!template.startsWith("/") && (route.isEmpty() || route.charAt(route.length() - 1) != '/')) {
                route.append('/');
            }
            route.append(template.endsWith("/") && template.length() > 1 ? template.substring(0, template.length() - 1) : template);
        }
        return route.isEmpty() ? "/" : route.toString();
    }
}
