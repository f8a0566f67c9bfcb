package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.ProductJson.ProductBody;
import dev.bazaar.bff.adapter.in.rest.ProductJson.ProductChangesRequest;
import dev.bazaar.bff.adapter.in.rest.ProductJson.ProductPage;
import dev.bazaar.bff.adapter.in.rest.ProductJson.StockBody;
import dev.bazaar.bff.adapter.in.rest.ProductJson.StockCountRequest;
import dev.bazaar.bff.application.Catalog;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/products}: anyone browses, searches and reads the catalogue with the units
 * available now; a store's owner (or an admin) changes a product and sets its stock. Products
 * are added under their store: {@code POST /api/v1/stores/{id}/products} ({@link StoreResource}).
 */
@Path("/api/v1/products")
@ApplicationScoped
@Tag(name = "products", description = "The catalogue: products of the stores and their stock")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final Catalog catalog;

    @Inject
    public ProductResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Operation(summary = "Browse and search products",
            description = "Active products of open stores, newest first. Every word of q must occur in the name, "
                    + "description or SKU (any case).")
    @APIResponse(responseCode = "200", description = "A page of products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(responseCode = "400", description = "A bad q, storeId, limit or cursor, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductPage list(@Parameter(description = "Words to search for, at most 200 characters") @QueryParam("q") String q,
                            @Parameter(description = "Only this store's products") @QueryParam("storeId") String storeId,
                            @Parameter(description = "1 to 100 (default 20)") @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return ProductPage.of(catalog.browse(q, storeId, limit(limit), cursor));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A product", description = "Active or not, with the units available now.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductBody.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductBody product(@PathParam("id") String id) {
        return ProductBody.of(catalog.show(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SELLER, Caller.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a product", description = "Only the fields sent change. The owner of its store, or an admin.")
    @APIResponse(responseCode = "200", description = "The changed product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductBody.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named, or none sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not your store's product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Its store is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductBody change(@PathParam("id") String id, ProductChangesRequest body) {
        ProductChangesRequest changes = body == null ? ProductChangesRequest.EMPTY : body;
        return ProductBody.of(catalog.change(id, changes.name(), changes.description(),
                changes.price() == null ? null : changes.price().toMoney(), changes.active()));
    }

    @PUT
    @Path("/{id}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SELLER, Caller.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set a product's available stock",
            description = "A stock count or a delivery: reserved and sold units stay as they are; the change is logged "
                    + "with its reason. The owner of its store, or an admin.")
    @APIResponse(responseCode = "200", description = "The product's stock now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockBody.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not your store's product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Its store is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StockBody setStock(@PathParam("id") String id, StockCountRequest body) {
        StockCountRequest count = body == null ? StockCountRequest.EMPTY : body;
        return StockBody.of(catalog.setStock(id, count.available(), count.reason()));
    }

    /** The page size asked for: absent is the default (0), anything but a whole number is named. */
    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit < 1) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApplicationException.invalid("limit", "must be a whole number from 1 to 100");
        }
    }
}
