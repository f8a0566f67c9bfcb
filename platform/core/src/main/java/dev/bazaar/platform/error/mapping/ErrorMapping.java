package dev.bazaar.platform.error.mapping;

import dev.bazaar.platform.error.ErrorKind;

import io.grpc.Status;

/**
 * The one table that translates between error kinds, HTTP statuses and gRPC status codes.
 * REST problem details, the gRPC server interceptor and the BFF's gRPC-to-REST translation all read
 * it, so a {@code NOT_FOUND} raised in store-service arrives at a browser as a 404.
 */
public final class ErrorMapping {

    private ErrorMapping() {
    }

    public static int httpStatus(ErrorKind kind) {
        return switch (kind) {
            case INVALID_ARGUMENT -> 400;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, CONFLICT, STALE_VERSION -> 409;
            // A well-formed request the server will not process, as the IETF Idempotency-Key draft
            // answers a reused key (common.proto: IDEMPOTENCY_KEY_REUSED is 422).
            case BUSINESS_RULE, KEY_REUSED -> 422;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    public static Status.Code grpcCode(ErrorKind kind) {
        return switch (kind) {
            case INVALID_ARGUMENT -> Status.Code.INVALID_ARGUMENT;
            case UNAUTHENTICATED -> Status.Code.UNAUTHENTICATED;
            case PERMISSION_DENIED -> Status.Code.PERMISSION_DENIED;
            case NOT_FOUND -> Status.Code.NOT_FOUND;
            case ALREADY_EXISTS, KEY_REUSED -> Status.Code.ALREADY_EXISTS;
            // A business rule is a precondition the system state does not meet; ErrorInfo.reason
            // (see GrpcErrors) keeps it apart from CONFLICT on the way back.
            case CONFLICT, BUSINESS_RULE -> Status.Code.FAILED_PRECONDITION;
            case STALE_VERSION -> Status.Code.ABORTED;
            case RATE_LIMITED -> Status.Code.RESOURCE_EXHAUSTED;
            case UNAVAILABLE -> Status.Code.UNAVAILABLE;
        };
    }

    /**
     * HTTP status for a gRPC status a backend answered with, for codes that carry no richer detail.
     * Deadline exceeded is a gateway timeout; anything the client could not have caused is 502/503.
     */
    public static int httpStatus(Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, OUT_OF_RANGE -> 400;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, ABORTED, FAILED_PRECONDITION -> 409;
            case RESOURCE_EXHAUSTED -> 429;
            case DEADLINE_EXCEEDED -> 504;
            case UNAVAILABLE, CANCELLED -> 503;
            case OK, UNKNOWN, INTERNAL, UNIMPLEMENTED, DATA_LOSS -> 502;
        };
    }
}
