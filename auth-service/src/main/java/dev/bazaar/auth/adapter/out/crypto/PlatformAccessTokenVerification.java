package dev.bazaar.auth.adapter.out.crypto;

import dev.bazaar.auth.application.port.out.AccessTokenVerification;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.security.token.AccessTokenVerifier;
import dev.bazaar.platform.security.token.VerifiedAccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The platform's verifier, the one every service uses, so introspection never disagrees with them. */
@ApplicationScoped
public class PlatformAccessTokenVerification implements AccessTokenVerification {

    private final AccessTokenVerifier verifier;

    @Inject
    public PlatformAccessTokenVerification(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Optional<VerifiedAccessToken> verify(String token) {
        try {
            return Optional.of(verifier.verify(token));
        } catch (ApplicationException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
