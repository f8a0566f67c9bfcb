package dev.bazaar.auth.domain.key;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which key signs, when a new one is due, and how long a replaced key stays published. */
class KeyRotationPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final KeyRotationPolicy POLICY = new KeyRotationPolicy(Duration.ofDays(30), Duration.ofMinutes(15),
            Duration.ofSeconds(30));
    private static final SigningKey FIRST = SigningKey.generate(new SecureRandom(), T0);

    @Test
    void theNewestKeyThatCanSignSignsUntilItsMaxAge() {
        SigningKey newer = SigningKey.generate(new SecureRandom(), T0.plusSeconds(10));

        assertThat(POLICY.signingKey(List.of(FIRST, newer), T0.plusSeconds(20))).hasValue(newer);
        assertThat(POLICY.signingKey(List.of(FIRST), T0.plus(Duration.ofDays(30)))).as("too old: a new key is due").isEmpty();
        assertThat(POLICY.signingKey(List.of(), T0)).as("first start").isEmpty();
    }

    @Test
    void aKeyWithoutItsPrivateHalfOrRetiredNeverSigns() {
        SigningKey verifyOnly = new SigningKey(FIRST.keyId(), FIRST.publicKey(), null, T0, null);

        assertThat(POLICY.signingKey(List.of(verifyOnly), T0)).isEmpty();
        assertThat(POLICY.signingKey(List.of(FIRST.retire(T0.plusSeconds(1))), T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void aRetiredKeyStaysPublishedUntilEveryTokenItSignedHasExpired() {
        Instant retired = T0.plus(Duration.ofDays(30));
        SigningKey old = FIRST.retire(retired);
        Instant lastTokenExpires = retired.plus(KeyRotationPolicy.RELOAD_INTERVAL).plus(Duration.ofMinutes(15));

        assertThat(POLICY.isPublished(FIRST, retired.plus(Duration.ofDays(300)))).as("the active key").isTrue();
        assertThat(POLICY.isPublished(old, lastTokenExpires)).as("within the clock skew").isTrue();
        assertThat(POLICY.isPublished(old, lastTokenExpires.plusSeconds(30))).isFalse();
    }

    @Test
    void keysAreRsaOf2048BitsWithDistinctIds() {
        SigningKey other = SigningKey.generate(new SecureRandom(), T0);

        assertThat(FIRST.publicKey().getModulus().bitLength()).isGreaterThanOrEqualTo(2048);
        assertThat(other.keyId()).isNotEqualTo(FIRST.keyId());
        assertThat(FIRST.toString()).doesNotContain(FIRST.privateKey().toString());
    }

    @Test
    void aMaxAgeNotAboveTheTokenLifetimeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new KeyRotationPolicy(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ZERO));
    }
}
