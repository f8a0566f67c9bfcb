package dev.bazaar.auth.adapter.out.crypto;

import dev.bazaar.auth.application.SigningKeys;
import dev.bazaar.auth.domain.key.SigningKey;
import dev.bazaar.platform.security.token.LocalVerificationKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * auth-service verifies tokens (its own gRPC callers, Introspect) with the keys it publishes,
 * read directly rather than through its own JWKS endpoint over HTTP.
 */
@ApplicationScoped
public class PublishedSigningKeys implements LocalVerificationKeys {

    private final SigningKeys keys;

    @Inject
    public PublishedSigningKeys(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public Map<String, RSAPublicKey> publishedKeys() {
        return keys.published().stream().collect(Collectors.toMap(SigningKey::keyId, SigningKey::publicKey));
    }
}
