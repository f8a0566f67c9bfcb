package dev.bazaar.auth.application.port.out;

import dev.bazaar.platform.security.token.VerifiedAccessToken;

import java.util.Optional;

/** Checks an access token exactly as every service does (signature, issuer, audience, expiry). */
public interface AccessTokenVerification {

    /** The verified token, or empty when it is not good for any reason. */
    Optional<VerifiedAccessToken> verify(String token);
}
