package dev.bazaar.platform.security.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static dev.bazaar.platform.testapp.TestSigningKeys.AUDIENCE;
import static dev.bazaar.platform.testapp.TestSigningKeys.ISSUER;
import static dev.bazaar.platform.testapp.TestSigningKeys.KEY;
import static dev.bazaar.platform.testapp.TestSigningKeys.claims;
import static dev.bazaar.platform.testapp.TestSigningKeys.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the platform accepts as an access token: exactly an RS256 JWT by auth-service's key, for
 * this audience and issuer, not expired. Every tampering an attacker might try is rejected as
 * UNAUTHENTICATED (token-invalid).
 */
class AccessTokenVerifierTest {

    private static final String USER = "5b0c3a43-6f0e-4d7a-9a51-8f2e7c1d9b10";
    private final AccessTokenVerifier verifier = new AccessTokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())), ISSUER, AUDIENCE, Duration.ofSeconds(30));

    @Test
    void aGoodTokenTellsWhoIsCalling() {
        VerifiedAccessToken token = verifier.verify(sign(claims(USER, "customer", "seller").claim("sid", "s-1").build(), KEY));

        assertThat(token.caller()).isEqualTo(new Caller(USER, "user@example.org", Set.of("customer", "seller")));
        assertThat(token.issuer()).isEqualTo(ISSUER);
        assertThat(token.sessionId()).isEqualTo("s-1");
        assertThat(token.expiresAt()).isAfter(Instant.now());
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRejected() {
        String unsigned = new PlainJWT(claims(USER, "admin").build()).serialize();

        assertRejected(unsigned);
    }

    @Test
    void aTokenSignedWithHmacUsingThePublicKeyAsSecretIsRejected() throws Exception {
        // The classic algorithm confusion: HS256 with the (public) RSA key as the shared secret.
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                claims(USER, "admin").build());
        forged.sign(new MACSigner(KEY.toRSAPublicKey().getEncoded()));

        assertRejected(forged.serialize());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejectedEvenWithTheRightKeyId() {
        RSAKey attackersKey = dev.bazaar.platform.testapp.TestSigningKeys.generate(KEY.getKeyID());

        assertRejected(sign(claims(USER, "admin").build(), attackersKey));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRejected() {
        String[] parts = sign(claims(USER, "customer").build(), KEY).split("\\.");
        String adminClaims = claims(USER, "admin").build().toString();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(adminClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRejected(tampered);
    }

    @Test
    void anExpiredTokenIsRejectedBeyondTheClockSkew() {
        Instant now = Instant.now();
        String expired = sign(claims(USER, "customer").issueTime(Date.from(now.minusSeconds(1000)))
                .expirationTime(Date.from(now.minusSeconds(60))).build(), KEY);
        String justExpired = sign(claims(USER, "customer").issueTime(Date.from(now.minusSeconds(1000)))
                .expirationTime(Date.from(now.minusSeconds(10))).build(), KEY);

        assertThatThrownBy(() -> verifier.verify(expired)).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
            assertThat(e.getMessage()).contains("expired");
        });
        assertThat(verifier.verify(justExpired).caller().userId()).as("within 30 s of skew").isEqualTo(USER);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        assertRejected(sign(claims(USER, "customer").audience("another-shop").build(), KEY));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        assertRejected(sign(claims(USER, "customer").issuer("https://evil.example/auth").build(), KEY));
    }

    @Test
    void aTokenWithoutTheClaimsOfACallerIsRejected() {
        JWTClaimsSet good = claims(USER, "customer").build();
        assertRejected(sign(new JWTClaimsSet.Builder(good).claim("groups", null).build(), KEY));
        assertRejected(sign(new JWTClaimsSet.Builder(good).subject(null).build(), KEY));
        assertRejected(sign(new JWTClaimsSet.Builder(good).jwtID(null).build(), KEY));
    }

    @Test
    void somethingThatIsNoJwtAtAllIsRejected() {
        assertRejected("not-a-token");
        assertRejected("");
    }

    @Test
    void aKeyThatAppearsInTheJwksAfterARotationIsFetchedWhenATokenNamesIt() throws Exception {
        RSAKey rotated = dev.bazaar.platform.testapp.TestSigningKeys.generate("rotated-key");
        AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(KEY.toPublicJWK()));
        AtomicInteger fetches = new AtomicInteger();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            String url = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json";
            var remote = new AccessTokenVerifier(AccessTokenVerifier.remote(url, Duration.ofMinutes(5), Duration.ZERO),
                    ISSUER, AUDIENCE, Duration.ofSeconds(30));

            assertThat(remote.verify(sign(claims(USER, "customer").build(), KEY)).caller().userId()).isEqualTo(USER);
            assertThat(remote.verify(sign(claims(USER, "seller").build(), KEY)).caller().roles()).containsExactly("seller");
            assertThat(fetches).as("cached").hasValue(1);

            published.set(new JWKSet(java.util.List.of(KEY.toPublicJWK(), rotated.toPublicJWK())));
            assertThat(remote.verify(sign(claims(USER, "customer").build(), rotated)).caller().userId()).isEqualTo(USER);
            assertThat(fetches).as("fetched again for the unknown key id").hasValue(2);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void unreachableKeysAreUnavailableNotUnauthenticated() {
        var unreachable = new AccessTokenVerifier(AccessTokenVerifier.remote("http://127.0.0.1:1/.well-known/jwks.json",
                Duration.ofMinutes(5), Duration.ZERO), ISSUER, AUDIENCE, Duration.ofSeconds(30));

        assertThatThrownBy(() -> unreachable.verify(sign(claims(USER, "customer").build(), KEY)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE));
    }

    private void assertRejected(String token) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
            assertThat(e.code()).isEqualTo("token-invalid");
        });
    }
}
