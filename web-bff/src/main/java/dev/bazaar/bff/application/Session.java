package dev.bazaar.bff.application;

/**
 * The tokens of a signed-in session, handed to the client once; never logged.
 *
 * @param expiresInSeconds the access token's lifetime from now
 */
public record Session(String accessToken, String refreshToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "Session[hidden, expires in " + expiresInSeconds + " s]";
    }
}
