package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.FieldViolation;
import dev.bazaar.platform.error.mapping.ErrorMapping;
import dev.bazaar.platform.observability.TraceIds;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the only place that does. */
public final class Problems {

    private Problems() {
    }

    public static Response of(ApplicationException e, String path) {
        Response response = response(ErrorMapping.httpStatus(e.kind()), e.code(), title(e.kind()), e.getMessage(), path,
                e.violations());
        if (e.retryAfter().isEmpty() && e.kind() != ErrorKind.UNAUTHENTICATED) {
            return response;
        }
        var builder = Response.fromResponse(response);
        // RFC 9110: Retry-After in whole seconds, rounded up so a client never comes back too early.
        e.retryAfter().ifPresent(delay -> builder.header("Retry-After",
                Math.max(1, (delay.toMillis() + 999) / 1000)));
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            // RFC 6750: a 401 names the scheme the client should authenticate with.
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    public static Response response(int status, String code, String title, String detail, String path,
                                    List<FieldViolation> violations) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + code, title, status, detail, path,
                violations.isEmpty() ? null : violations, TraceIds.currentTraceId().orElse(null));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String title(ErrorKind kind) {
        return switch (kind) {
            case INVALID_ARGUMENT -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case ALREADY_EXISTS -> "Already exists";
            case KEY_REUSED -> "Idempotency key reused";
            case CONFLICT -> "Conflict";
            case STALE_VERSION -> "Version conflict";
            case BUSINESS_RULE -> "Business rule violated";
            case UNAUTHENTICATED -> "Authentication required";
            case PERMISSION_DENIED -> "Forbidden";
            case RATE_LIMITED -> "Too many requests";
            case UNAVAILABLE -> "Service unavailable";
        };
    }
}
