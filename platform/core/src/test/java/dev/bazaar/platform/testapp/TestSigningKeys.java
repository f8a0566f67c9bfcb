package dev.bazaar.platform.testapp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bazaar.platform.security.token.LocalVerificationKeys;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test service's token issuer: one RSA key that the platform's verifier trusts (as a
 * {@link LocalVerificationKeys} bean, the way auth-service provides its own), and tokens signed
 * with it or tampered with in each way an attacker might try.
 */
@ApplicationScoped
public class TestSigningKeys implements LocalVerificationKeys {

    public static final String ISSUER = "https://bazaar.dev/auth";
    public static final String AUDIENCE = "bazaar";
    public static final RSAKey KEY = generate("test-key");

    @Override
    public Map<String, RSAPublicKey> publishedKeys() {
        try {
            return Map.of(KEY.getKeyID(), KEY.toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a good token for this user with these roles, valid for 15 minutes. */
    public static JWTClaimsSet.Builder claims(String userId, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("upn", "user@example.org")
                .claim("groups", List.of(roles))
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String token(String userId, String... roles) {
        return sign(claims(userId, roles).build(), KEY);
    }

    public static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
