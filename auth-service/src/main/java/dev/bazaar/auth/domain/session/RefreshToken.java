package dev.bazaar.auth.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An opaque refresh token as its holder sees it: 256 random bits, base64url. Only its
 * {@link #hash()} is stored: a stolen database does not hand out sessions. Its {@code toString}
 * never shows it.
 */
public final class RefreshToken {

    private static final int BYTES = 32;

    private final String value;

    private RefreshToken(String value) {
        this.value = value;
    }

    public static RefreshToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token as presented by a client; its shape is not checked: an unknown hash finds nothing. */
    public static RefreshToken presented(String value) {
        return new RefreshToken(Objects.requireNonNull(value, "value"));
    }

    /**
     * SHA-256, hex. A plain hash is enough here (unlike passwords): the token has 256 bits of
     * entropy, so there is nothing to guess, and a fast hash lets the lookup be an index seek.
     */
    public RefreshTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new RefreshTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The token itself, to hand to its holder once. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "RefreshToken[hidden]";
    }
}
