package dev.bazaar.platform.error;

/**
 * What went wrong, in terms a caller can act on. Each kind maps to exactly one HTTP status and one
 * gRPC status code ({@link dev.bazaar.platform.error.mapping.ErrorMapping}), so a failure reads the same over REST and gRPC.
 */
public enum ErrorKind {
    /** The request is malformed or a field is invalid; names the fields. */
    INVALID_ARGUMENT,
    /** The addressed resource does not exist (or the caller may not know that it does). */
    NOT_FOUND,
    /** Creating something that exists already (a unique e-mail, a SKU in a store). */
    ALREADY_EXISTS,
    /**
     * An idempotency key (or request id) that was used before for a different request: the first
     * request's result stands; a new request needs a new key. gRPC ALREADY_EXISTS, HTTP 422.
     */
    KEY_REUSED,
    /** The resource is not in a state that allows the operation (an illegal state transition). */
    CONFLICT,
    /**
     * An optimistic-concurrency check failed: the resource changed since the caller read it (an
     * {@code expected_version} that is no longer current). Re-read and retry.
     */
    STALE_VERSION,
    /** A well-formed request that breaks a business rule (insufficient funds, a closed store). */
    BUSINESS_RULE,
    /** No credentials, or credentials that cannot be verified. */
    UNAUTHENTICATED,
    /** Authenticated, but not allowed to do this to this resource. */
    PERMISSION_DENIED,
    /** Too many attempts; try again later. */
    RATE_LIMITED,
    /** A dependency is down or did not answer in time; the same request may succeed later. */
    UNAVAILABLE
}
