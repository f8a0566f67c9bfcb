package dev.bazaar.auth.domain.session;

import dev.bazaar.auth.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A login's family of refresh tokens: each one good once, and a replay ends the family. */
class RefreshTokenFamilyTest {

    private static final Instant LOGIN = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(14);
    private static final SessionPolicy POLICY = new SessionPolicy(LIFETIME, Duration.ofDays(30));
    private final SecureRandom random = new SecureRandom();

    @Test
    void aRefreshUsesTheTokenUpAndIssuesItsSuccessorInTheSameSession() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, POLICY);
        RefreshTokenHash next = hash();

        Rotation rotation = login.session().rotate(login.token(), next, LOGIN.plusSeconds(60), POLICY);

        assertThat(rotation).isInstanceOfSatisfying(Rotation.Rotated.class, rotated -> {
            assertThat(rotated.next().hash()).isEqualTo(next);
            assertThat(rotated.next().sessionId()).isEqualTo(login.session().id());
            assertThat(rotated.next().expiresAt()).isEqualTo(LOGIN.plusSeconds(60).plus(LIFETIME));
        });
        assertThat(login.token().isRotated()).isTrue();
        assertThat(login.session().isRevoked()).isFalse();
    }

    @Test
    void presentingAUsedUpTokenAgainEndsTheWholeSessionIncludingItsNewestToken() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, POLICY);
        Session session = login.session();
        var second = ((Rotation.Rotated) session.rotate(login.token(), hash(), LOGIN.plusSeconds(60), POLICY)).next();

        Rotation replay = session.rotate(login.token(), hash(), LOGIN.plusSeconds(120), POLICY);

        assertThat(replay).isInstanceOf(Rotation.ReuseDetected.class);
        assertThat(session.isRevoked()).isTrue();
        assertThat(session.revokedAt()).isEqualTo(LOGIN.plusSeconds(120));
        assertThat(session.rotate(second, hash(), LOGIN.plusSeconds(180), POLICY))
                .as("the thief's or the owner's newest token, whoever holds it").isInstanceOf(Rotation.Rejected.class);
    }

    @Test
    void anExpiredTokenIsRejectedWithoutEndingTheSession() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, POLICY);

        Rotation late = login.session().rotate(login.token(), hash(), LOGIN.plus(LIFETIME), POLICY);

        assertThat(late).isEqualTo(new Rotation.Rejected("the refresh token has expired"));
        assertThat(login.token().isRotated()).isFalse();
        assertThat(login.session().isRevoked()).isFalse();
    }

    @Test
    void noSessionOutlivesItsMaximumLifetimeHoweverOftenItIsRefreshed() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, POLICY);
        Session session = login.session();
        IssuedRefreshToken token = login.token();
        for (int day : new int[] {10, 20, 29}) {
            token = ((Rotation.Rotated) session.rotate(token, hash(), LOGIN.plus(Duration.ofDays(day)), POLICY)).next();
        }

        // Refreshed on day 29: the new token would live to day 43, but the session ends on day 30.
        assertThat(token.expiresAt()).isEqualTo(LOGIN.plus(Duration.ofDays(30)));
        assertThat(session.rotate(token, hash(), LOGIN.plus(Duration.ofDays(30)), POLICY))
                .isEqualTo(new Rotation.Rejected("the refresh token has expired"));
    }

    @Test
    void aSessionCannotBeShorterThanOneRefreshToken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SessionPolicy(Duration.ofDays(14), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndedSessionRefreshesNothingAndEndingItTwiceKeepsTheFirstTime() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, POLICY);
        login.session().revoke(LOGIN.plusSeconds(10));
        login.session().revoke(LOGIN.plusSeconds(20));

        assertThat(login.session().revokedAt()).isEqualTo(LOGIN.plusSeconds(10));
        assertThat(login.session().rotate(login.token(), hash(), LOGIN.plusSeconds(30), POLICY))
                .isInstanceOf(Rotation.Rejected.class);
        assertThat(login.token().isRotated()).isFalse();
    }

    @Test
    void aRefreshTokenIs256RandomBitsStoredOnlyAsItsSha256() {
        RefreshToken token = RefreshToken.generate(random);

        assertThat(token.reveal()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(token.hash().hex()).hasSize(64).isNotEqualTo(token.reveal());
        assertThat(RefreshToken.presented(token.reveal()).hash()).isEqualTo(token.hash());
        assertThat(RefreshToken.generate(random).hash()).isNotEqualTo(token.hash());
        assertThat(token.toString()).doesNotContain(token.reveal());
    }

    private RefreshTokenHash hash() {
        return RefreshToken.generate(random).hash();
    }
}
