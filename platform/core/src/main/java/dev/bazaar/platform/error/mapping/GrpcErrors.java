package dev.bazaar.platform.error.mapping;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.FieldViolation;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries an {@link ApplicationException} across gRPC and back, using the standard rich error
 * model ({@code google.rpc.Status} with {@code ErrorInfo} and {@code BadRequest} details), so
 * non-Java clients (grpcurl, Envoy, grpc-js) see the field violations too.
 */
public final class GrpcErrors {

    /** The {@code ErrorInfo.domain} of errors raised by Bazaar services. */
    public static final String DOMAIN = "bazaar.dev";
    private static final String KIND = "kind";

    private GrpcErrors() {
    }

    public static StatusRuntimeException toStatusException(ApplicationException e) {
        var status = com.google.rpc.Status.newBuilder()
                .setCode(ErrorMapping.grpcCode(e.kind()).value())
                .setMessage(e.getMessage())
                .addDetails(Any.pack(ErrorInfo.newBuilder()
                        .setDomain(DOMAIN)
                        .setReason(toReason(e.code()))
                        .putMetadata(KIND, e.kind().name())
                        .build()));
        if (!e.violations().isEmpty()) {
            var badRequest = BadRequest.newBuilder();
            e.violations().forEach(v -> badRequest.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                    .setField(v.field())
                    .setDescription(v.message())));
            status.addDetails(Any.pack(badRequest.build()));
        }
        e.retryAfter().ifPresent(delay -> status.addDetails(Any.pack(RetryInfo.newBuilder()
                .setRetryDelay(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(delay.getSeconds()).setNanos(delay.getNano()))
                .build())));
        return StatusProto.toStatusRuntimeException(status.build());
    }

    /**
     * The application error a Bazaar backend sent, if the status carries one; empty for transport
     * failures (deadline, unavailable) and for errors from other servers.
     */
    public static Optional<ApplicationException> fromStatusException(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return Optional.empty();
        }
        ErrorInfo info = null;
        List<FieldViolation> violations = new ArrayList<>();
        java.time.Duration retryAfter = null;
        try {
            for (Any detail : status.getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    info = detail.unpack(ErrorInfo.class);
                } else if (detail.is(BadRequest.class)) {
                    detail.unpack(BadRequest.class).getFieldViolationsList()
                            .forEach(v -> violations.add(new FieldViolation(v.getField(), v.getDescription())));
                } else if (detail.is(RetryInfo.class)) {
                    var delay = detail.unpack(RetryInfo.class).getRetryDelay();
                    retryAfter = java.time.Duration.ofSeconds(delay.getSeconds(), delay.getNanos());
                }
            }
        } catch (InvalidProtocolBufferException malformed) {
            return Optional.empty();
        }
        if (info == null || !DOMAIN.equals(info.getDomain())) {
            return Optional.empty();
        }
        ErrorKind kind;
        try {
            kind = ErrorKind.valueOf(info.getMetadataOrDefault(KIND, ""));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationException(kind, toCode(info.getReason()), status.getMessage(), violations,
                retryAfter));
    }

    /**
     * The backend's error with some fields named as the REST client knows them (a gRPC request
     * field that is a header or a query parameter over REST: {@code page.limit} is {@code limit}).
     * A status without an application error is returned as it is.
     */
    public static RuntimeException withFieldsRenamed(StatusRuntimeException e, java.util.Map<String, String> names) {
        ApplicationException error = fromStatusException(e).orElse(null);
        if (error == null || error.violations().stream().noneMatch(v -> names.containsKey(v.field()))) {
            return e;
        }
        List<FieldViolation> violations = error.violations().stream()
                .map(v -> new FieldViolation(names.getOrDefault(v.field(), v.field()), v.message()))
                .toList();
        return new ApplicationException(error.kind(), error.code(), error.getMessage(), violations,
                error.retryAfter().orElse(null));
    }

    /** {@code validation-failed} to {@code VALIDATION_FAILED}, the style of ErrorInfo reasons. */
    static String toReason(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    static String toCode(String reason) {
        return reason.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** True when the status is a transport-level failure worth retrying or degrading around. */
    public static boolean isUnavailable(StatusRuntimeException e) {
        return isUnavailable(e.getStatus().getCode());
    }

    /** True for UNAVAILABLE and DEADLINE_EXCEEDED: the backend did not answer, as opposed to answering with an error. */
    public static boolean isUnavailable(Status.Code code) {
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
    }
}
