package dev.bazaar.auth.domain.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a signing key is replaced and how long a replaced key stays published.
 *
 * @param maxAge         a key signs for at most this long; then a new key takes over
 * @param tokenLifetime  the access tokens' lifetime: a retired key stays in the JWKS this long (plus
 *                       the verifiers' clock skew and {@link #RELOAD_INTERVAL}), so every token it
 *                       signed stays verifiable until it expires by itself
 * @param clockSkew      the verifiers' allowed clock skew
 */
public record KeyRotationPolicy(Duration maxAge, Duration tokenLifetime, Duration clockSkew) {

    /**
     * How often an instance re-reads which key signs. Another instance may retire the key this one
     * signs with; it notices within this interval, so retired keys stay published this much longer.
     */
    public static final Duration RELOAD_INTERVAL = Duration.ofSeconds(10);

    public KeyRotationPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (maxAge.compareTo(tokenLifetime) <= 0) {
            // Otherwise more keys are published than tokens exist, and the JWKS only grows.
            throw new IllegalArgumentException("a key's max age (" + maxAge + ") must exceed the token lifetime ("
                    + tokenLifetime + ")");
        }
    }

    /** The key that signs now: the newest one that can sign and is not too old; empty when a new one is due. */
    public Optional<SigningKey> signingKey(List<SigningKey> keys, Instant now) {
        return keys.stream()
                .filter(SigningKey::canSign)
                .max(Comparator.comparing(SigningKey::createdAt))
                .filter(key -> now.isBefore(key.createdAt().plus(maxAge)));
    }

    /** Whether verifiers must still find this key: it may have signed a token that has not expired yet. */
    public boolean isPublished(SigningKey key, Instant now) {
        return key.retiredAt() == null
                || now.isBefore(key.retiredAt().plus(RELOAD_INTERVAL).plus(tokenLifetime).plus(clockSkew));
    }
}
