package dev.bazaar.auth.domain.session;

/** What presenting a refresh token to its session came to. */
public sealed interface Rotation {

    /** The token was good: it is used up, and this one replaces it. */
    record Rotated(IssuedRefreshToken next) implements Rotation {
    }

    /** The token had been rotated already: someone else holds the family, so it is revoked. */
    record ReuseDetected() implements Rotation {
    }

    /** The token is expired or its session is over. */
    record Rejected(String why) implements Rotation {
    }
}
