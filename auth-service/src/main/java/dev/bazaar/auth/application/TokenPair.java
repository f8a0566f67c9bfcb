package dev.bazaar.auth.application;

import java.time.Duration;

/** A session's tokens as handed to the client once: never logged, never stored in this form. */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime,
                        Duration refreshTokenLifetime) {

    @Override
    public String toString() {
        return "TokenPair[hidden, expires in " + accessTokenLifetime + "]";
    }
}
