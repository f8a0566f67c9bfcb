package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.platform.rest.Problems;
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
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the API, for the origins in {@code bazaar.bff.cors.allowed-origins} only (comma-separated,
 * each {@code scheme://host[:port]} as browsers send it; none by default: the storefront is served
 * from the BFF's own origin and needs none). A preflight from an allowed origin is answered here,
 * before authentication (browsers send it without the token); one from another origin gets 403.
 * Answers to an allowed origin name it (never {@code *}) and expose the headers clients read.
 * Requests from other origins are served as ever but without CORS headers, so their browsers keep
 * the answer from the page. No credentials: the API takes bearer tokens, never cookies.
 * (Why a filter of our own, and not Helidon's CORS module: docs/decisions/0020.)
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossOriginRequests implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Idempotency-Key, Last-Event-ID";
    static final String EXPOSED_HEADERS = "Location, Retry-After";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> allowedOrigins;

    @Inject
    public CrossOriginRequests(Config config) {
        this.allowedOrigins = config.getOptionalValues("bazaar.bff.cors.allowed-origins", String.class).orElse(List.of())
                .stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !"OPTIONS".equals(request.getMethod())
                || request.getHeaderString("Access-Control-Request-Method") == null) {
            return; // not a preflight
        }
        if (!allowedOrigins.contains(origin)) {
            request.abortWith(Problems.response(403, "origin-not-allowed", "Origin not allowed",
                    "this API answers cross-origin requests only from the origins it is configured for",
                    "/" + request.getUriInfo().getPath(), List.of()));
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Methods", METHODS)
                .header("Access-Control-Allow-Headers", REQUEST_HEADERS)
                .header("Access-Control-Max-Age", MAX_AGE_SECONDS)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!allowedOrigins.isEmpty()) {
            headers.add("Vary", "Origin"); // caches must not give one origin's answer to another
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }
}
