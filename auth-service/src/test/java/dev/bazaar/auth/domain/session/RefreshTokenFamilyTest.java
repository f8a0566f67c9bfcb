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
    private final SecureRandom random = new SecureRandom();

    @Test
    void aRefreshUsesTheTokenUpAndIssuesItsSuccessorInTheSameSession() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, LIFETIME);
        RefreshTokenHash next = hash();

        Rotation rotation = login.session().rotate(login.token(), next, LOGIN.plusSeconds(60), LIFETIME);

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
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, LIFETIME);
        Session session = login.session();
        var second = ((Rotation.Rotated) session.rotate(login.token(), hash(), LOGIN.plusSeconds(60), LIFETIME)).next();

        Rotation replay = session.rotate(login.token(), hash(), LOGIN.plusSeconds(120), LIFETIME);

        assertThat(replay).isInstanceOf(Rotation.ReuseDetected.class);
        assertThat(session.isRevoked()).isTrue();
        assertThat(session.revokedAt()).isEqualTo(LOGIN.plusSeconds(120));
        assertThat(session.rotate(second, hash(), LOGIN.plusSeconds(180), LIFETIME))
                .as("the thief's or the owner's newest token, whoever holds it").isInstanceOf(Rotation.Rejected.class);
    }

    @Test
    void anExpiredTokenIsRejectedWithoutEndingTheSession() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, LIFETIME);

        Rotation late = login.session().rotate(login.token(), hash(), LOGIN.plus(LIFETIME), LIFETIME);

        assertThat(late).isEqualTo(new Rotation.Rejected("the refresh token has expired"));
        assertThat(login.token().isRotated()).isFalse();
        assertThat(login.session().isRevoked()).isFalse();
    }

    @Test
    void anEndedSessionRefreshesNothingAndEndingItTwiceKeepsTheFirstTime() {
        Session.Started login = Session.start(UserId.random(), hash(), LOGIN, LIFETIME);
        login.session().revoke(LOGIN.plusSeconds(10));
        login.session().revoke(LOGIN.plusSeconds(20));

        assertThat(login.session().revokedAt()).isEqualTo(LOGIN.plusSeconds(10));
        assertThat(login.session().rotate(login.token(), hash(), LOGIN.plusSeconds(30), LIFETIME))
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
