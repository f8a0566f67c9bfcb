package dev.bazaar.platform.error.mapping;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.FieldViolation;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcErrorsTest {

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyKindSurvivesTheTripThroughGrpc(ErrorKind kind) {
        var sent = new ApplicationException(kind, "some-code", "What went wrong.",
                List.of(new FieldViolation("lines[0].quantity", "must be positive")));

        StatusRuntimeException onTheWire = GrpcErrors.toStatusException(sent);
        ApplicationException received = GrpcErrors.fromStatusException(onTheWire).orElseThrow();

        assertThat(onTheWire.getStatus().getCode()).isEqualTo(ErrorMapping.grpcCode(kind));
        assertThat(received.kind()).isEqualTo(kind);
        assertThat(received.code()).isEqualTo("some-code");
        assertThat(received.getMessage()).isEqualTo("What went wrong.");
        assertThat(received.violations()).containsExactly(new FieldViolation("lines[0].quantity", "must be positive"));
    }

    @Test
    void theReasonOnTheWireIsTheApisErrorReasonName() {
        var onTheWire = GrpcErrors.toStatusException(ApplicationException.invalid("email", "is not an email address"));
        var status = io.grpc.protobuf.StatusProto.fromThrowable(onTheWire);

        assertThat(status.getDetailsList()).anySatisfy(detail -> {
            assertThat(detail.is(com.google.rpc.ErrorInfo.class)).isTrue();
            assertThat(detail.unpack(com.google.rpc.ErrorInfo.class).getReason())
                    .isEqualTo(dev.bazaar.api.common.v1.ErrorReason.VALIDATION_FAILED.name());
        });
    }

    @Test
    void aRateLimitTellsWhenToRetryAsRetryInfo() {
        var sent = ApplicationException.rateLimited("rate-limited", "Too many attempts.", java.time.Duration.ofSeconds(42));

        StatusRuntimeException onTheWire = GrpcErrors.toStatusException(sent);
        var status = io.grpc.protobuf.StatusProto.fromThrowable(onTheWire);

        assertThat(onTheWire.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(status.getDetailsList()).filteredOn(detail -> detail.is(com.google.rpc.RetryInfo.class))
                .singleElement().satisfies(detail ->
                        assertThat(detail.unpack(com.google.rpc.RetryInfo.class).getRetryDelay().getSeconds()).isEqualTo(42));
        assertThat(GrpcErrors.fromStatusException(onTheWire).orElseThrow().retryAfter())
                .hasValue(java.time.Duration.ofSeconds(42));
    }

    @Test
    void aStatusWithoutBazaarDetailsIsNotAnApplicationError() {
        assertThat(GrpcErrors.fromStatusException(Status.UNAVAILABLE.withDescription("io").asRuntimeException())).isEmpty();
    }

    @Test
    void transportFailuresAreRecognisedAsUnavailable() {
        assertThat(GrpcErrors.isUnavailable(Status.DEADLINE_EXCEEDED.asRuntimeException())).isTrue();
        assertThat(GrpcErrors.isUnavailable(Status.UNAVAILABLE.asRuntimeException())).isTrue();
        assertThat(GrpcErrors.isUnavailable(Status.NOT_FOUND.asRuntimeException())).isFalse();
    }

    @Test
    void backendStatusesMapToTheHttpStatusAClientExpects() {
        assertThat(ErrorMapping.httpStatus(Status.Code.NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorMapping.httpStatus(Status.Code.INVALID_ARGUMENT)).isEqualTo(400);
        assertThat(ErrorMapping.httpStatus(Status.Code.FAILED_PRECONDITION)).isEqualTo(409);
        assertThat(ErrorMapping.httpStatus(Status.Code.DEADLINE_EXCEEDED)).isEqualTo(504);
        assertThat(ErrorMapping.httpStatus(Status.Code.UNAVAILABLE)).isEqualTo(503);
        assertThat(ErrorMapping.httpStatus(Status.Code.INTERNAL)).isEqualTo(502);
    }

    @Test
    void anInvalidArgumentErrorMustNameAField() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ApplicationException.invalid(List.of()));
    }
}
