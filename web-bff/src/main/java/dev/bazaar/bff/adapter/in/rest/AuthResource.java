package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.adapter.in.rest.AuthJson.LoginRequest;
import dev.bazaar.bff.adapter.in.rest.AuthJson.RefreshTokenRequest;
import dev.bazaar.bff.adapter.in.rest.AuthJson.SignupRequest;
import dev.bazaar.bff.adapter.in.rest.AuthJson.TokensJson;
import dev.bazaar.bff.adapter.in.rest.AuthJson.UserJson;
import dev.bazaar.bff.application.LogIn;
import dev.bazaar.bff.application.LogOut;
import dev.bazaar.bff.application.RefreshSession;
import dev.bazaar.bff.application.SignUp;
import dev.bazaar.platform.rest.Problem;
import dev.bazaar.platform.rest.RestAuthentication;
import io.helidon.webserver.http.ServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * {@code /api/v1/auth}: sign up, log in, refresh, log out. The bodies are checked by auth-service,
 * which names every invalid field; a missing body is an empty one, so its fields are named as
 * missing. Errors are problem+json.
 */
@Path("/api/v1/auth")
@ApplicationScoped
@Tag(name = "auth", description = "Accounts and sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final SignUp signUp;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final ClientAddress clientAddress;

    @Inject
    public AuthResource(SignUp signUp, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
                        @ConfigProperty(name = "bazaar.bff.trusted-proxies", defaultValue = "0") int trustedProxies) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.clientAddress = new ClientAddress(trustedProxies);
    }

    @POST
    @Path("/signup")
    @PermitAll
    @Operation(summary = "Create an account", description = "As a customer or a seller; the email must be new.")
    @APIResponse(responseCode = "201", description = "Created; Location is where the signed-in user reads it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is registered already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signUp(SignupRequest body) {
        SignupRequest request = body == null ? SignupRequest.EMPTY : body;
        var account = signUp.signUp(request.email(), request.password(), request.displayName(), request.role());
        // The account's own resource is /api/v1/me, readable once its owner has logged in.
        return Response.created(URI.create("/api/v1/me")).entity(UserJson.of(account)).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in", description = "Starts a session. Wrong email and wrong password get the same answer; "
            + "repeated failures are rate limited per account and per client address.")
    @APIResponse(responseCode = "200", description = "The session's tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokensJson.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The account is deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokensJson logIn(LoginRequest body, @Context ServerRequest request, @Context HttpHeaders headers) {
        LoginRequest credentials = body == null ? LoginRequest.EMPTY : body;
        return TokensJson.of(logIn.logIn(credentials.email(), credentials.password(), clientAddress(request, headers)));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Trade a refresh token for new tokens",
            description = "The refresh token is used up. Presenting a used-up token again ends its whole session.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokensJson.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokensJson refresh(RefreshTokenRequest body) {
        return TokensJson.of(refreshSession.refresh((body == null ? RefreshTokenRequest.EMPTY : body).refreshToken()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed(RestAuthentication.SIGNED_IN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Log out", description = "Ends the session of the refresh token: it and every token rotated from it stop working.")
    @APIResponse(responseCode = "204", description = "The session is over (also when it was already)")
    @APIResponse(responseCode = "401", description = "No or bad access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The refresh token belongs to someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response logOut(RefreshTokenRequest body) {
        logOut.logOut((body == null ? RefreshTokenRequest.EMPTY : body).refreshToken());
        return Response.noContent().build();
    }

    private String clientAddress(ServerRequest request, HttpHeaders headers) {
        String peer = request != null && request.remotePeer().address() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : null;
        return clientAddress.of(peer, headers.getHeaderString("X-Forwarded-For"));
    }
}
