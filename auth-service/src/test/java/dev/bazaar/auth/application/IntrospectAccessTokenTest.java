package dev.bazaar.auth.application;

import dev.bazaar.auth.domain.session.RefreshToken;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.session.SessionPolicy;
import dev.bazaar.auth.domain.user.DeactivationReason;
import dev.bazaar.auth.domain.user.DisplayName;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.PasswordHash;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.VerifiedAccessToken;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Introspection knows more than a signature: a well-signed token of a deactivated user or of an
 * ended session is inactive. Only internal callers may ask (and none exist yet: see 0010).
 */
class IntrospectAccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Caller INTERNAL = new Caller("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "order-service@bazaar",
            Set.of(Caller.INTERNAL));

    private final Fakes.InMemoryUsers users = new Fakes.InMemoryUsers();
    private final Fakes.InMemorySessions sessions = new Fakes.InMemorySessions();
    private final User ada = User.register(EmailAddress.of("ada@example.org"), DisplayName.of("Ada"), Role.CUSTOMER,
            new PasswordHash("x"), NOW).user();
    private final Session session = Session.start(ada.id(), RefreshToken.generate(new SecureRandom()).hash(), NOW,
            new SessionPolicy(Duration.ofDays(14), Duration.ofDays(30))).session();
    private final VerifiedAccessToken token = new VerifiedAccessToken(
            new Caller(ada.id().toString(), "ada@example.org", Set.of("customer")), "jti-1", NOW,
            NOW.plus(Duration.ofMinutes(15)), "https://bazaar.dev/auth", session.id().toString());
    private final IntrospectAccessToken introspect = new IntrospectAccessToken(
            raw -> raw.equals("good") ? Optional.of(token) : Optional.empty(), sessions, users);

    IntrospectAccessTokenTest() {
        users.add(ada);
        sessions.add(session, null);
    }

    @Test
    void aGoodTokenOfAnActiveUserInAnOpenSessionIsActive() {
        assertThat(introspect.introspect(INTERNAL, "good").activeToken()).hasValue(token);
    }

    @Test
    void aBadTokenIsInactiveNotAnError() {
        assertThat(introspect.introspect(INTERNAL, "forged").activeToken()).isEmpty();
    }

    @Test
    void aTokenOfAnEndedSessionIsInactive() {
        session.revoke(NOW.plusSeconds(1));

        assertThat(introspect.introspect(INTERNAL, "good").activeToken()).isEmpty();
    }

    @Test
    void aTokenOfADeactivatedUserIsInactive() {
        ada.deactivate(ada.id(), DeactivationReason.of("Leaving"), NOW.plusSeconds(1));

        assertThat(introspect.introspect(INTERNAL, "good").activeToken()).isEmpty();
    }

    @Test
    void onlyInternalCallersMayAsk() {
        Caller admin = new Caller(ada.id().toString(), "ada@example.org", Set.of(Caller.ADMIN));

        assertThatThrownBy(() -> introspect.introspect(admin, "good")).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.code()).isEqualTo("role-required"));
        assertThatThrownBy(() -> introspect.introspect(Caller.anonymous(), "good")).isInstanceOfSatisfying(
                ApplicationException.class, e -> assertThat(e.code()).isEqualTo("token-invalid"));
    }
}
