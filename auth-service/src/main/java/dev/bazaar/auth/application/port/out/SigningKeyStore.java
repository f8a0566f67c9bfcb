package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.key.SigningKey;

import java.time.Instant;
import java.util.List;

/** Where the token signing keys are kept (auth's schema; private keys encrypted at rest when configured). */
public interface SigningKeyStore {

    /** Every stored key, oldest first. A private key this instance cannot decrypt comes without it. */
    List<SigningKey> all();

    void add(SigningKey key);

    void retire(String keyId, Instant retiredAt);

    void remove(String keyId);
}
