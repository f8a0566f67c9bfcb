package dev.bazaar.auth.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Encrypts signing keys' private halves at rest with AES-256-GCM (the JDK's, no hand-made crypto)
 * under {@code bazaar.auth.keys.encryption-key}: 32 random bytes, base64, from a secret (Kubernetes
 * sets it from one). The key id is authenticated data, so a ciphertext cannot be moved to another
 * key's row. Without the setting (a laptop's {@code ./shop up}) keys are stored as they are, and the
 * log says so once at start.
 */
@ApplicationScoped
public class PrivateKeyEncryption {

    static final String NONE = "none";
    static final String AES_GCM = "A256GCM";
    private static final Logger LOG = Logger.getLogger(PrivateKeyEncryption.class.getName());
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public PrivateKeyEncryption(@ConfigProperty(name = "bazaar.auth.keys.encryption-key") Optional<String> encodedKey) {
        this.key = encodedKey.filter(value -> !value.isBlank()).map(PrivateKeyEncryption::aesKey).orElse(null);
        if (key == null) {
            LOG.warning("Token signing keys are stored unencrypted: set BAZAAR_AUTH_KEYS_ENCRYPTION_KEY "
                    + "(32 random bytes, base64) to encrypt them at rest");
        }
    }

    private static SecretKeySpec aesKey(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bazaar.auth.keys.encryption-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("bazaar.auth.keys.encryption-key must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** How new keys are stored: {@code A256GCM} or {@code none}. */
    String scheme() {
        return key == null ? NONE : AES_GCM;
    }

    /** The stored form (base64) of a PKCS#8 private key. */
    String seal(String keyId, byte[] pkcs8) {
        if (key == null) {
            return Base64.getEncoder().encodeToString(pkcs8);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(pkcs8);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    /** The PKCS#8 private key, or empty when it was sealed under a key this instance does not have. */
    Optional<byte[]> open(String keyId, String scheme, String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        if (NONE.equals(scheme)) {
            return Optional.of(bytes);
        }
        if (key == null || !AES_GCM.equals(scheme)) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException wrongKey) {
            return Optional.empty();
        }
    }
}
