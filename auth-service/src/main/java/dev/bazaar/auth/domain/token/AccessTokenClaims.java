package dev.bazaar.auth.domain.token;

import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.user.User;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an access token says, as MicroProfile JWT names it: {@code sub} (user id), {@code upn}
 * (email), {@code groups} (role claims), {@code iss}, {@code aud}, {@code iat}, {@code exp},
 * {@code jti}, plus {@code sid}, the session it belongs to, so introspection can tell a token of a
 * session that has ended. A service's token ({@link #forService}) has no session ({@code sid} null).
 */
public record AccessTokenClaims(String subject, String email, List<String> groups, String issuer, String audience,
                                Instant issuedAt, Instant expiresAt, String tokenId, String sessionId) {

    public static AccessTokenClaims of(User user, SessionId session, String issuer, String audience, Instant now,
                                       Duration lifetime) {
        // JWT times are whole seconds: issue on a second boundary so iat/exp read back unchanged.
        Instant issued = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new AccessTokenClaims(user.id().toString(), user.email().value(), user.roleClaims(), issuer, audience,
                issued, issued.plus(lifetime), UUID.randomUUID().toString(), session.toString());
    }

    /** The group of a service calling on its own account, as the platform's {@code Caller} knows it. */
    public static final String INTERNAL_GROUP = "internal";

    /**
     * The token of a Bazaar service calling on its own account: its subject is a UUID derived from
     * the client id (stable, and never a user's, which are random), its {@code upn} the client id.
     */
    public static AccessTokenClaims forService(String clientId, String issuer, String audience, Instant now,
                                               Duration lifetime) {
        Instant issued = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String subject = UUID.nameUUIDFromBytes(("service:" + clientId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return new AccessTokenClaims(subject, clientId, List.of(INTERNAL_GROUP), issuer, audience, issued,
                issued.plus(lifetime), UUID.randomUUID().toString(), null);
    }
}
