package dev.bazaar.platform.testapp;

import dev.bazaar.platform.error.ApplicationException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Endpoints that fail in each way a real one can, to check what clients get back. */
@Path("/problems")
@ApplicationScoped
@PermitAll
public class ProblemsResource {

    public record Item(String name, int count) {
    }

    /** Fields of every JSON type, nested: what JSON-B would coerce without complaint. */
    public record Settings(Boolean on, Long limit, Item item, java.util.List<Item> items) {
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Settings settings(Settings settings) {
        return settings;
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Item create(Item item) {
        if (item == null || item.name() == null || item.name().isBlank()) {
            throw ApplicationException.invalid("name", "must not be blank");
        }
        return item;
    }

    @GET
    @Path("/missing")
    public String missing() {
        throw ApplicationException.notFound("Item", "42");
    }

    @GET
    @Path("/funds")
    public String funds() {
        throw ApplicationException.businessRule("insufficient-funds", "The wallet holds less than the order total.");
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("secret internal detail");
    }
}
