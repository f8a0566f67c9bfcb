package dev.bazaar.platform.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies Bazaar access tokens, the one implementation every service uses (gRPC and REST): an
 * RS256 signature by a key of auth-service's JWKS, the {@code typ} JWT, the configured issuer and
 * audience, {@code exp} with a small clock skew, and the claims a caller is made of. Anything else
 * ({@code alg: none}, HMAC, another key, a missing claim) is UNAUTHENTICATED with reason
 * TOKEN_INVALID.
 *
 * <p>The key set is fetched lazily from {@code bazaar.auth.jwks-url} (so a service starts even while
 * auth-service does not yet answer), cached, and fetched again when a token names a key id it does
 * not know (auth-service rotated its key). auth-service itself reads its keys directly
 * ({@link LocalVerificationKeys}).
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class.getName());
    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "upn", "groups", "exp", "iat", "jti");

    private final DefaultJWTProcessor<SecurityContext> processor;

    @Inject
    AccessTokenVerifier(Instance<LocalVerificationKeys> localKeys,
                        @ConfigProperty(name = "bazaar.auth.jwks-url") String jwksUrl,
                        @ConfigProperty(name = "bazaar.auth.issuer") String issuer,
                        @ConfigProperty(name = "bazaar.auth.audience") String audience,
                        @ConfigProperty(name = "bazaar.auth.clock-skew", defaultValue = "PT30S") Duration clockSkew,
                        @ConfigProperty(name = "bazaar.auth.jwks-cache", defaultValue = "PT5M") Duration cacheTtl,
                        // How often an unknown key id may trigger a fetch: bounds the load a flood of
                        // forged tokens can put on auth-service, while a rotation is seen within it.
                        @ConfigProperty(name = "bazaar.auth.jwks-refresh-interval", defaultValue = "PT2S") Duration refreshInterval) {
        this(localKeys.isResolvable() ? local(localKeys.get()) : remote(jwksUrl, cacheTtl, refreshInterval),
                issuer, audience, clockSkew);
    }

    /** A verifier over any key source; tests use it with keys of their own. */
    public AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, Duration clockSkew) {
        processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        // RS256 only: a token announcing none, HS256 (signed with the public key as an HMAC secret)
        // or any other algorithm finds no key and is rejected.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        var claims = new DefaultJWTClaimsVerifier<>(audience, new JWTClaimsSet.Builder().issuer(issuer).build(),
                REQUIRED_CLAIMS);
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * @return the verified token
     * @throws ApplicationException UNAUTHENTICATED (token-invalid) for any token that is not good,
     *                              UNAVAILABLE when the keys cannot be fetched
     */
    public VerifiedAccessToken verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "Cannot fetch the token verification keys: " + e.getMessage());
            throw new ApplicationException(ErrorKind.UNAVAILABLE, "auth-unavailable",
                    "The access token cannot be checked now; try again shortly.");
        } catch (BadJWTException e) {
            LOG.fine(() -> "Access token rejected: " + e.getMessage());
            throw invalid(e.getMessage() != null && e.getMessage().startsWith("Expired")
                    ? "The access token has expired; refresh it." : "The access token is not valid.");
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            LOG.fine(() -> "Access token rejected: " + e.getMessage());
            throw invalid("The access token is not valid.");
        }
        try {
            List<String> groups = claims.getStringListClaim("groups");
            Caller caller = new Caller(claims.getSubject(), claims.getStringClaim("upn"),
                    groups == null ? Set.of() : new HashSet<>(groups));
            return new VerifiedAccessToken(caller, claims.getJWTID(), claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant(), claims.getIssuer(), claims.getStringClaim("sid"));
        } catch (ParseException | RuntimeException e) {
            throw invalid("The access token's claims are malformed.");
        }
    }

    private static ApplicationException invalid(String message) {
        return ApplicationException.unauthenticated("token-invalid", message);
    }

    static JWKSource<SecurityContext> remote(String jwksUrl, Duration cacheTtl, Duration refreshInterval) {
        try {
            return JWKSourceBuilder.create(URI.create(jwksUrl).toURL(), new DefaultResourceRetriever(1000, 2000, 256 * 1024))
                    .cache(cacheTtl.toMillis(), 5_000)
                    .rateLimited(refreshInterval.toMillis())
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bazaar.auth.jwks-url is not a URL: " + jwksUrl, e);
        }
    }

    private static JWKSource<SecurityContext> local(LocalVerificationKeys keys) {
        return (selector, context) -> {
            List<JWK> jwks = keys.publishedKeys().entrySet().stream()
                    .map(key -> (JWK) new RSAKey.Builder(key.getValue()).keyID(key.getKey())
                            .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build())
                    .toList();
            return selector.select(new JWKSet(jwks));
        };
    }
}
