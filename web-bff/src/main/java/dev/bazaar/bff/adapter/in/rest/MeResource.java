package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.AuthJson.UserJson;
import dev.bazaar.bff.application.ShowMyAccount;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.rest.RestAuthentication;
import dev.bazaar.platform.security.token.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: the signed-in user's own account. */
@Path("/api/v1/me")
@ApplicationScoped
@Tag(name = "auth")
public class MeResource {

    private final ShowMyAccount showMyAccount;

    @Inject
    public MeResource(ShowMyAccount showMyAccount) {
        this.showMyAccount = showMyAccount;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(RestAuthentication.SIGNED_IN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My account")
    @APIResponse(responseCode = "200", description = "The caller's account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserJson me() {
        return UserJson.of(showMyAccount.show(CallerContext.caller()));
    }
}
