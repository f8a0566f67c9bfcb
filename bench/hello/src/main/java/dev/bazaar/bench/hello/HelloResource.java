package dev.bazaar.bench.hello;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /hello}: the least a Helidon MP JAX-RS endpoint can do, a constant JSON body of about
 * the size of nothing. What the shop's endpoints are measured against (bench/README.md).
 */
@Path("/hello")
@ApplicationScoped
public class HelloResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return "{\"hello\":\"world\"}";
    }
}
