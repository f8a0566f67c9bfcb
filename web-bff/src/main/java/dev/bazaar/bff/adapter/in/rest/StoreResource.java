package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.ProductJson.NewProductRequest;
import dev.bazaar.bff.adapter.in.rest.ProductJson.ProductBody;
import dev.bazaar.bff.adapter.in.rest.StoreJson.OpenStoreRequest;
import dev.bazaar.bff.adapter.in.rest.StoreJson.StoreBody;
import dev.bazaar.bff.application.Catalog;
import dev.bazaar.bff.application.OpenStore;
import dev.bazaar.bff.application.ShowStore;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * {@code /api/v1/stores}: sellers open stores and add products to them, anyone reads them. store-service checks the fields
 * (naming every invalid one) and the owner; errors are problem+json.
 */
@Path("/api/v1/stores")
@ApplicationScoped
@Tag(name = "stores", description = "Sellers' stores")
@Produces(MediaType.APPLICATION_JSON)
public class StoreResource {

    private final OpenStore openStore;
    private final ShowStore showStore;
    private final Catalog catalog;

    @Inject
    public StoreResource(OpenStore openStore, ShowStore showStore, Catalog catalog) {
        this.openStore = openStore;
        this.showStore = showStore;
        this.catalog = catalog;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SELLER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open a store", description = "Owned by the calling seller.")
    @APIResponse(responseCode = "201", description = "Opened; Location is the store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreBody.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a seller, or the account is deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "You already have an open store of this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(OpenStoreRequest body) {
        OpenStoreRequest request = body == null ? OpenStoreRequest.EMPTY : body;
        var store = openStore.open(request.name(), request.description());
        return Response.created(URI.create("/api/v1/stores/" + store.id())).entity(StoreBody.of(store)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A store", description = "Open or closed.")
    @APIResponse(responseCode = "200", description = "The store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreBody.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such store",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoreBody store(@PathParam("id") String id) {
        return StoreBody.of(showStore.show(id));
    }

    @POST
    @Path("/{id}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SELLER)
    @SecurityRequirement(name = "bearer")
    @Tag(name = "products")
    @Operation(summary = "Add a product to your store", description = "With its initial stock (default 0).")
    @APIResponse(responseCode = "201", description = "Added; Location is the product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductBody.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a seller, or not your store",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such store",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The store already has a product with this SKU",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The store is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addProduct(@PathParam("id") String id, NewProductRequest body) {
        NewProductRequest request = body == null ? NewProductRequest.EMPTY : body;
        var product = catalog.add(id, request.sku(), request.name(), request.description(),
                request.price() == null ? null : request.price().toMoney(), request.stock());
        return Response.created(URI.create("/api/v1/products/" + product.id())).entity(ProductBody.of(product)).build();
    }
}
