package dev.bazaar.auth.adapter.in.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.bazaar.auth.application.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code GET /.well-known/jwks.json}: the public keys that verify access tokens (RFC 7517), each
 * with its key id; the signing key and retired keys whose tokens may still be valid. Public:
 * every service fetches it.
 */
@Path("/.well-known/jwks.json")
@ApplicationScoped
@PermitAll
@Tag(name = "keys")
public class JwksResource {

    private final SigningKeys keys;

    @Inject
    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Token verification keys (JWKS)",
            description = "RSA public keys (RS256) by key id. Verifiers cache it and fetch it again for an unknown kid.")
    @APIResponse(responseCode = "200", description = "The JSON Web Key Set")
    public Response jwks() {
        List<JWK> published = keys.published().stream()
                .map(key -> (JWK) new RSAKey.Builder(key.publicKey()).keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build())
                .toList();
        CacheControl cache = new CacheControl();
        // Short: a verifier that meets an unknown kid fetches again anyway.
        cache.setMaxAge(60);
        return Response.ok(new JWKSet(published).toString(true)).cacheControl(cache).build();
    }
}
