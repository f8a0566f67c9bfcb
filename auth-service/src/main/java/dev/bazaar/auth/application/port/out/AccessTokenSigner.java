package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.key.SigningKey;
import dev.bazaar.auth.domain.token.AccessTokenClaims;

/** Turns claims into a signed JWT (RS256, header {@code kid}). */
public interface AccessTokenSigner {

    String sign(AccessTokenClaims claims, SigningKey key);
}
