package dev.bazaar.auth.application;

import dev.bazaar.auth.domain.key.SigningKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation over time: a key at first start, a new one at its max age while the old one stays
 * published until its tokens have expired, and then it is gone.
 */
class SigningKeysTest {

    private static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    private final Fakes.MovableClock clock = new Fakes.MovableClock(Instant.parse("2026-11-01T00:00:00Z"));
    private final Fakes.InMemorySigningKeys store = new Fakes.InMemorySigningKeys();
    private final TokenSettings settings = new TokenSettings("https://bazaar.dev/auth", "bazaar", TOKEN_LIFETIME,
            Duration.ofDays(14), Duration.ofDays(30), MAX_AGE, Duration.ofSeconds(30));
    private final SigningKeys keys = new SigningKeys(store, new RotateSigningKey(store, settings), settings, clock);

    @Test
    void theFirstStartGeneratesTheKeyThatSignsAndIsPublished() {
        SigningKey first = keys.signingKey();

        assertThat(first.canSign()).isTrue();
        assertThat(keys.published()).extracting(SigningKey::keyId).containsExactly(first.keyId());
        clock.advance(Duration.ofDays(1));
        assertThat(keys.signingKey().keyId()).as("the same key, a day later").isEqualTo(first.keyId());
    }

    @Test
    void atItsMaxAgeANewKeySignsAndTheOldOneIsPublishedUntilItsTokensHaveExpired() {
        SigningKey first = keys.signingKey();

        clock.advance(MAX_AGE);
        SigningKey second = keys.signingKey();

        assertThat(second.keyId()).isNotEqualTo(first.keyId());
        assertThat(store.keys.get(first.keyId()).retiredAt()).isEqualTo(clock.instant());
        assertThat(keys.published()).extracting(SigningKey::keyId).containsExactly(first.keyId(), second.keyId());

        clock.advance(TOKEN_LIFETIME.plusMinutes(1));
        assertThat(keys.published()).extracting(SigningKey::keyId).containsExactly(second.keyId());

        clock.advance(MAX_AGE);
        SigningKey third = keys.signingKey();
        assertThat(store.keys.keySet()).as("the long-retired key is deleted at the next rotation")
                .containsExactly(second.keyId(), third.keyId());
    }

    @Test
    void aKeyThatCannotBeDecryptedHereIsReplacedButStillVerifies() {
        SigningKey first = keys.signingKey();
        store.keys.put(first.keyId(), new SigningKey(first.keyId(), first.publicKey(), null, first.createdAt(), null));
        clock.advance(Duration.ofMinutes(1)); // past the re-read interval

        SigningKey replacement = keys.signingKey();

        assertThat(replacement.keyId()).isNotEqualTo(first.keyId());
        assertThat(keys.published()).extracting(SigningKey::keyId).contains(first.keyId(), replacement.keyId());
    }
}
