package dev.bazaar.platform.grpc;

import dev.bazaar.platform.testapp.SlowGrpcService;
import io.grpc.CallOptions;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A backend that keeps failing is cut off for a while, then tried again, and served when it is back. */
class BackendCircuitBreakerTest {

    @Test
    void aBackendThatIsDownIsRefusedAtOnceThenCalledAgainWhenItIsBack() throws Exception {
        int port = freePort(); // nothing listens there yet: every call is UNAVAILABLE
        GrpcChannels channels = channels(port, "PT1S");
        Server backend = null;
        try {
            for (int i = 0; i < 4; i++) {
                assertThat(failure(channels, "0").getStatus().getDescription()).doesNotContain("circuit open");
            }
            StatusRuntimeException refused = failure(channels, "0");
            assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(refused.getStatus().getDescription()).contains("echo is unavailable (circuit open");

            backend = NettyServerBuilder.forPort(port).addService(new SlowGrpcService()).build().start();
            assertThat(failure(channels, "0").getStatus().getDescription())
                    .as("still open: the backend is not tried before open-for has passed").contains("circuit open");

            Thread.sleep(1_100);
            assertThat(call(channels, "0")).isEqualTo("slept 0 ms"); // half-open: a trial call goes through
            assertThat(call(channels, "0")).isEqualTo("slept 0 ms"); // and closes the circuit
            for (int i = 0; i < 10; i++) {
                assertThat(call(channels, "0")).isEqualTo("slept 0 ms");
            }
        } finally {
            channels.close();
            if (backend != null) {
                backend.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void answersOfAWorkingBackendNeverOpenTheCircuitWhateverTheirCode() throws Exception {
        List<Status.Code> answers = List.of(Status.Code.INVALID_ARGUMENT, Status.Code.RESOURCE_EXHAUSTED,
                Status.Code.PERMISSION_DENIED, Status.Code.INTERNAL);
        AtomicInteger calls = new AtomicInteger();
        Server backend = NettyServerBuilder.forPort(0)
                .addService(ServerInterceptors.intercept(new SlowGrpcService(), new ServerInterceptor() {
                    @Override
                    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                                       ServerCallHandler<Q, R> next) {
                        int n = calls.getAndIncrement();
                        if (n < 12) { // the first 12 calls get an error answer, the rest are served
                            call.close(Status.fromCode(answers.get(n % answers.size())), new Metadata());
                            return new ServerCall.Listener<>() {
                            };
                        }
                        return next.startCall(call, headers);
                    }
                })).build().start();
        GrpcChannels channels = channels(backend.getPort(), "PT10S");
        try {
            for (int i = 0; i < 12; i++) {
                assertThat(failure(channels, "0").getStatus().getCode()).isEqualTo(answers.get(i % answers.size()));
            }
            assertThat(call(channels, "0")).as("the circuit stayed closed").isEqualTo("slept 0 ms");
        } finally {
            channels.close();
            backend.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void callsThatRunIntoTheirDeadlineCountAsFailures() throws Exception {
        Server backend = NettyServerBuilder.forPort(0).addService(new SlowGrpcService()).build().start();
        GrpcChannels channels = channels(backend.getPort(), "PT10S");
        try {
            for (int i = 0; i < 4; i++) {
                assertThat(failure(channels, "500").getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
            }
            StatusRuntimeException refused = failure(channels, "0");
            assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(refused.getStatus().getDescription()).contains("circuit open");
        } finally {
            channels.close();
            backend.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** A breaker that opens after 4 calls of which at least half failed, for {@code openFor}. */
    private static GrpcChannels channels(int port, String openFor) {
        Map<String, String> config = new HashMap<>();
        config.put("bazaar.backends.echo.address", "127.0.0.1:" + port);
        config.put("bazaar.backends.echo.circuit-breaker.minimum-calls", "4");
        config.put("bazaar.backends.echo.circuit-breaker.open-for", openFor);
        config.put("bazaar.backends.echo.circuit-breaker.trial-calls", "2");
        return new GrpcChannels(TestBackends.config(config), OpenTelemetry.noop());
    }

    private static String call(GrpcChannels channels, String millis) {
        return ClientCalls.blockingUnaryCall(channels.channel("echo"), SlowGrpcService.SLOW,
                CallOptions.DEFAULT.withDeadlineAfter(200, TimeUnit.MILLISECONDS), millis);
    }

    private static StatusRuntimeException failure(GrpcChannels channels, String millis) {
        return catchThrowableOfType(StatusRuntimeException.class, () -> call(channels, millis));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
