package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.AccessTokenVerification;
import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.VerifiedAccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Use case: an internal caller asks whether an access token is good right now (RFC 7662). Beyond
 * what every service checks locally, this knows about deactivated users and ended sessions. A bad
 * token is an answer ({@code active: false}), not an error.
 */
@ApplicationScoped
public class IntrospectAccessToken {

    /** The answer: present when the token is active. */
    public record Introspection(Optional<VerifiedAccessToken> activeToken) {
    }

    private final AccessTokenVerification verification;
    private final Sessions sessions;
    private final Users users;

    @Inject
    public IntrospectAccessToken(AccessTokenVerification verification, Sessions sessions, Users users) {
        this.verification = verification;
        this.sessions = sessions;
        this.users = users;
    }

    public Introspection introspect(Caller caller, String accessToken) {
        caller.requireSignedIn();
        if (!caller.isInternal()) {
            throw ApplicationException.permissionDenied("role-required", "Only internal callers may introspect tokens.");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw ApplicationException.invalid("access_token", "must not be empty");
        }
        return new Introspection(verification.verify(accessToken.strip()).filter(this::userActive).filter(this::sessionOpen));
    }

    private boolean userActive(VerifiedAccessToken token) {
        return parse(token.caller().userId()).flatMap(id -> users.byId(new UserId(id))).map(User::isActive).orElse(false);
    }

    private boolean sessionOpen(VerifiedAccessToken token) {
        return parse(token.sessionId()).flatMap(id -> sessions.byId(new SessionId(id)))
                .map(session -> !session.isRevoked()).orElse(false);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
