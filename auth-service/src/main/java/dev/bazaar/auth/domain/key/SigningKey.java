package dev.bazaar.auth.domain.key;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * An RSA key pair that signs access tokens (RS256), known to verifiers by its key id ({@code kid}).
 * The newest key signs; older ones are retired but stay published until every token they signed
 * has expired ({@link KeyRotationPolicy}).
 *
 * @param privateKey null when it is not available here (e.g. stored encrypted under another
 *                   secret): such a key can still verify, never sign
 * @param retiredAt  when a newer key took over; null while it is the active key
 */
public record SigningKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt,
                         Instant retiredAt) {

    /** NIST SP 800-57: 2048-bit RSA is acceptable through 2030; verifiers need nothing else. */
    public static final int RSA_BITS = 2048;

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(createdAt, "createdAt");
        if (publicKey.getModulus().bitLength() < RSA_BITS) {
            throw new IllegalArgumentException("a signing key has at least " + RSA_BITS + " bits");
        }
    }

    public static SigningKey generate(SecureRandom random, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, random);
            KeyPair pair = generator.generateKeyPair();
            byte[] id = new byte[12];
            random.nextBytes(id);
            return new SigningKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                    (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), now, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    public boolean canSign() {
        return privateKey != null && retiredAt == null;
    }

    public SigningKey retire(Instant now) {
        return retiredAt != null ? this : new SigningKey(keyId, publicKey, privateKey, createdAt, now);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", created " + createdAt + (retiredAt == null ? "" : ", retired " + retiredAt) + "]";
    }
}
