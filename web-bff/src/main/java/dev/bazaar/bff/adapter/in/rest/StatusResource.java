package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.CheckShopStatus;
import dev.bazaar.bff.application.ShopStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/status}: which backends are up. Answers 200 even when some are down. */
@Path("/api/v1/status")
@ApplicationScoped
@PermitAll
@Tag(name = "status")
public class StatusResource {

    private final CheckShopStatus checkShopStatus;

    @Inject
    public StatusResource(CheckShopStatus checkShopStatus) {
        this.checkShopStatus = checkShopStatus;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Health of each backend service", description = "UP or DOWN per backend, from gRPC health checks with a deadline.")
    public ShopStatus status() {
        return checkShopStatus.check();
    }
}
