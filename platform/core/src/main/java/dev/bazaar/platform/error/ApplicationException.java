package dev.bazaar.platform.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure that a caller caused or can act on, raised by domain and application code.
 *
 * <p>It carries no framework types on purpose: the domain throws it, and the platform maps it
 * once to RFC 9457 problem details (REST) and to a gRPC status (gRPC). The message is shown to the
 * client, so it must never contain secrets or internals. Anything else thrown is an unexpected
 * error: logged with its trace id and answered with a generic message.
 *
 * <p>{@code code} is a stable, machine-readable reason in lower kebab case (e.g.
 * {@code validation-failed}, {@code insufficient-funds}). It is the last segment of the REST problem
 * {@code type} and, in upper snake case, the {@code google.rpc.ErrorInfo.reason} over gRPC: the
 * generic reasons are the {@code bazaar.common.v1.ErrorReason} values of the API, and a service may
 * add finer ones. Clients may switch on it.
 */
public class ApplicationException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final List<FieldViolation> violations;
    private final Duration retryAfter;

    public ApplicationException(ErrorKind kind, String code, String message, List<FieldViolation> violations) {
        this(kind, code, message, violations, null);
    }

    /**
     * @param retryAfter when the same request may succeed again (rate limits), or null; sent as
     *                   {@code google.rpc.RetryInfo} over gRPC and as {@code Retry-After} over REST
     */
    public ApplicationException(ErrorKind kind, String code, String message, List<FieldViolation> violations,
                                Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    public ApplicationException(ErrorKind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    /** One invalid field. */
    public static ApplicationException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    /** Several invalid fields, reported together so a client can fix them in one go. */
    public static ApplicationException invalid(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-argument error names at least one field");
        }
        return new ApplicationException(ErrorKind.INVALID_ARGUMENT, "validation-failed",
                "The request has invalid fields.", violations);
    }

    public static ApplicationException notFound(String what, Object id) {
        return new ApplicationException(ErrorKind.NOT_FOUND, "resource-not-found", what + " " + id + " does not exist.");
    }

    public static ApplicationException alreadyExists(String code, String message) {
        return new ApplicationException(ErrorKind.ALREADY_EXISTS, code, message);
    }

    /** The idempotency key was used for another request (ALREADY_EXISTS, IDEMPOTENCY_KEY_REUSED; HTTP 422). */
    public static ApplicationException keyReused(String message) {
        return new ApplicationException(ErrorKind.KEY_REUSED, "idempotency-key-reused", message);
    }

    public static ApplicationException conflict(String code, String message) {
        return new ApplicationException(ErrorKind.CONFLICT, code, message);
    }

    /** The caller's expected version (or value) is no longer current: ABORTED, VERSION_CONFLICT. */
    public static ApplicationException versionConflict(String message) {
        return new ApplicationException(ErrorKind.STALE_VERSION, "version-conflict", message);
    }

    public static ApplicationException businessRule(String code, String message) {
        return new ApplicationException(ErrorKind.BUSINESS_RULE, code, message);
    }

    public static ApplicationException unauthenticated(String code, String message) {
        return new ApplicationException(ErrorKind.UNAUTHENTICATED, code, message);
    }

    public static ApplicationException permissionDenied(String code, String message) {
        return new ApplicationException(ErrorKind.PERMISSION_DENIED, code, message);
    }

    /** Too many attempts: the caller may try again after {@code retryAfter}. */
    public static ApplicationException rateLimited(String code, String message, Duration retryAfter) {
        return new ApplicationException(ErrorKind.RATE_LIMITED, code, message, List.of(),
                Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** How long the caller should wait before trying again, when the error says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
