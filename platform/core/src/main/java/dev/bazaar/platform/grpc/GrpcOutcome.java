package dev.bazaar.platform.grpc;

import io.grpc.Status;

import java.util.Set;

/**
 * Which gRPC status codes are the server's fault (an error for its span, its error rate and its
 * alerts) and which are the caller's (a refused request: NOT_FOUND, INVALID_ARGUMENT,
 * FAILED_PRECONDITION, ... are answers, not failures). The same split as OpenTelemetry's semantic
 * conventions for gRPC server spans.
 */
public final class GrpcOutcome {

    private static final Set<Status.Code> SERVER_FAULTS = Set.of(Status.Code.UNKNOWN, Status.Code.INTERNAL,
            Status.Code.UNAVAILABLE, Status.Code.DATA_LOSS, Status.Code.DEADLINE_EXCEEDED, Status.Code.UNIMPLEMENTED);

    private GrpcOutcome() {
    }

    public static boolean isServerFault(Status.Code code) {
        return SERVER_FAULTS.contains(code);
    }
}
