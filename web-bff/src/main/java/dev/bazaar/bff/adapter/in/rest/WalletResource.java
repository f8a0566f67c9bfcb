package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.WalletJson.TopUpRequest;
import dev.bazaar.bff.adapter.in.rest.WalletJson.WalletBody;
import dev.bazaar.bff.application.ShowMyWallet;
import dev.bazaar.bff.application.TopUpMyWallet;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/wallet}: a customer's own wallet, its balance and top-ups. payment-service checks
 * the amount (naming every invalid part), the limits and who may; errors are problem+json.
 */
@Path("/api/v1/wallet")
@ApplicationScoped
@Tag(name = "wallet", description = "A customer's prepaid wallet that orders are paid from")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.CUSTOMER)
@SecurityRequirement(name = "bearer")
public class WalletResource {

    private final ShowMyWallet showMyWallet;
    private final TopUpMyWallet topUpMyWallet;

    @Inject
    public WalletResource(ShowMyWallet showMyWallet, TopUpMyWallet topUpMyWallet) {
        this.showMyWallet = showMyWallet;
        this.topUpMyWallet = topUpMyWallet;
    }

    @GET
    @Operation(summary = "My wallet", description = "A customer who never topped up has balance 0.")
    @APIResponse(responseCode = "200", description = "The caller's wallet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletBody.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WalletBody wallet() {
        return WalletBody.of(showMyWallet.balance());
    }

    @POST
    @Path("/top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Top up my wallet",
            description = "Adds money once per Idempotency-Key: repeating a request with the same key and amount adds"
                    + " nothing and answers the balance as it is now.")
    @APIResponse(responseCode = "200", description = "The wallet after the top-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletBody.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount or Idempotency-Key, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Above the per-top-up limit or the wallet's limit "
            + "(business-rule-violated), or the Idempotency-Key was used with another amount (idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WalletBody topUp(
            @Parameter(in = ParameterIn.HEADER, name = TopUpMyWallet.IDEMPOTENCY_KEY, required = true,
                    description = "Client-chosen key, 1 to 128 printable ASCII characters (a UUID); kept at least 24 h")
            @HeaderParam(TopUpMyWallet.IDEMPOTENCY_KEY) String idempotencyKey,
            TopUpRequest body) {
        TopUpRequest request = body == null ? TopUpRequest.EMPTY : body;
        var amount = request.amount();
        return WalletBody.of(topUpMyWallet.topUp(amount == null ? null : amount.amount(),
                amount == null ? null : amount.currency(), idempotencyKey));
    }
}
