package dev.bazaar.platform.security.token;

import dev.bazaar.platform.security.Caller;

import java.time.Instant;

/**
 * An access token whose signature, issuer, audience and lifetime were checked.
 *
 * @param caller    who it speaks for ({@code sub}, {@code upn}, {@code groups})
 * @param tokenId   {@code jti}
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}
 * @param issuer    {@code iss}
 * @param sessionId {@code sid}: the login session (refresh-token family) it was issued in; null if absent
 */
public record VerifiedAccessToken(Caller caller, String tokenId, Instant issuedAt, Instant expiresAt, String issuer,
                                  String sessionId) {
}
