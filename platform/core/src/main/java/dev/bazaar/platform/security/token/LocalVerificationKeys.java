package dev.bazaar.platform.security.token;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;

/**
 * The verification keys of the service that issues the tokens itself (auth-service): with a bean of
 * this type the verifier reads them directly instead of fetching its own JWKS over HTTP.
 */
public interface LocalVerificationKeys {

    /** Every public key that may have signed a still-valid token, by key id ({@code kid}). */
    Map<String, RSAPublicKey> publishedKeys();
}
