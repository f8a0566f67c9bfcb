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

import java.util.List;
import java.util.logging.Logger;

/**
 * Observes every JAX-RS request once, first of all filters: counts it as in flight (for graceful
 * shutdown), continues the caller's W3C trace ({@code traceparent}) in a server span, puts the
 * trace and span ids in the logging context, and writes one log line when the response leaves.
 * Helidon 4.2's web server is not instrumented by OpenTelemetry, hence this filter.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class HttpRequestObserver implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("dev.bazaar.http.requests");
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
            long millis = (System.nanoTime() - (long) request.getProperty(STARTED)) / 1_000_000;
            span.setAttribute("http.response.status_code", status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            // The route template (e.g. /api/v1/orders/{id}) is known only after matching.
            LOG.info(() -> request.getMethod() + " /" + request.getUriInfo().getPath() + " " + status + " " + millis + "ms");
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
}
