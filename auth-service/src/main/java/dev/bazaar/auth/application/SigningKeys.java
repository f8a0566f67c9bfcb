package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.SigningKeyStore;
import dev.bazaar.auth.domain.key.KeyRotationPolicy;
import dev.bazaar.auth.domain.key.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The keys that sign access tokens: generated at first start, replaced when older than the
 * configured max age ({@link RotateSigningKey}); which keys verifiers must know.
 */
@ApplicationScoped
public class SigningKeys {

    private final SigningKeyStore store;
    private final RotateSigningKey rotation;
    private final KeyRotationPolicy policy;
    private final Clock clock;
    private volatile Chosen current;

    @Inject
    public SigningKeys(SigningKeyStore store, RotateSigningKey rotation, TokenSettings settings, Clock clock) {
        this.store = store;
        this.rotation = rotation;
        this.policy = settings.keyRotation();
        this.clock = clock;
    }

    /**
     * The key to sign with now; rotates first when the current one has reached its max age. The
     * choice is re-read from the store every few seconds, so that instances converge on the newest
     * key when another instance rotated (the policy keeps retired keys published a margin longer).
     */
    public SigningKey signingKey() {
        Instant now = clock.instant();
        Chosen chosen = current;
        if (isFresh(chosen, now)) {
            return chosen.key();
        }
        synchronized (this) {
            chosen = current;
            if (!isFresh(chosen, now)) {
                SigningKey key = policy.signingKey(store.all(), now).orElseGet(() -> rotation.rotateIfDue(now));
                current = chosen = new Chosen(key, now);
            }
            return chosen.key();
        }
    }

    private boolean isFresh(Chosen chosen, Instant now) {
        return chosen != null && now.isBefore(chosen.chosenAt().plus(KeyRotationPolicy.RELOAD_INTERVAL))
                && now.isBefore(chosen.key().createdAt().plus(policy.maxAge()));
    }

    private record Chosen(SigningKey key, Instant chosenAt) {
    }

    /** Every key verifiers must know: the signing one and the retired ones whose tokens may live. */
    public List<SigningKey> published() {
        Instant now = clock.instant();
        return store.all().stream().filter(key -> policy.isPublished(key, now)).toList();
    }
}
