package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.SigningKeyStore;
import dev.bazaar.auth.domain.key.KeyRotationPolicy;
import dev.bazaar.auth.domain.key.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Use case (no caller: time drives it): a new signing key when none can sign or the newest has
 * reached its max age. The new key signs at once; the old one is retired but stays published
 * until its tokens have expired; keys past that are deleted. One transaction. Several instances
 * rotating at the same moment leave two fresh keys, both published, the newest signing: harmless.
 */
@ApplicationScoped
public class RotateSigningKey {

    private static final Logger LOG = Logger.getLogger(RotateSigningKey.class.getName());

    private final SigningKeyStore store;
    private final KeyRotationPolicy policy;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public RotateSigningKey(SigningKeyStore store, TokenSettings settings) {
        this.store = store;
        this.policy = settings.keyRotation();
    }

    /** The key that signs from now on: the current one while it is young enough, else a new one. */
    @Transactional
    public SigningKey rotateIfDue(Instant now) {
        List<SigningKey> keys = store.all();
        var usable = policy.signingKey(keys, now);
        if (usable.isPresent()) {
            return usable.get();
        }
        SigningKey fresh = SigningKey.generate(random, now);
        keys.stream().filter(key -> key.retiredAt() == null).forEach(key -> store.retire(key.keyId(), now));
        keys.stream().filter(key -> key.retiredAt() != null && !policy.isPublished(key, now))
                .forEach(key -> store.remove(key.keyId()));
        store.add(fresh);
        LOG.info(() -> "New token signing key " + fresh.keyId() + (keys.isEmpty() ? " (first start)" : " (rotation)"));
        return fresh;
    }
}
