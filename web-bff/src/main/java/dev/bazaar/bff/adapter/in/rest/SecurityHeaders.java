package dev.bazaar.bff.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every browser-facing answer of the BFF carries: no MIME sniffing (a JSON answer is never
 * run as a script), no referrer to other sites, and API answers are never cached (they are per user).
 * The page's own Content-Security-Policy is set by {@link StorefrontResource}; CORS, for configured
 * origins only, by {@link CrossOriginRequests}.
 */
@Provider
@ApplicationScoped
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (request.getUriInfo().getPath().startsWith("api/") && !headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
