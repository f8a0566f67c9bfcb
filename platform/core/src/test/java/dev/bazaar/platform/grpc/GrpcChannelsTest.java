package dev.bazaar.platform.grpc;

import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.platform.testapp.SlowGrpcService;
import io.grpc.CallOptions;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls to other services carry the identity of the request being handled (common.proto). */
class GrpcChannelsTest {

    @Test
    void theCallersTokenTravelsWithEveryCallMadeOnItsBehalf() throws Exception {
        Server echo = NettyServerBuilder.forPort(0)
                .addService(ServerInterceptors.intercept(new SlowGrpcService(), TestBackends.answerTheAuthorization()))
                .build().start();
        GrpcChannels channels = new GrpcChannels(
                TestBackends.config(Map.of("bazaar.backends.echo.address", "127.0.0.1:" + echo.getPort())),
                OpenTelemetry.noop());
        try {
            Caller alice = new Caller("0a9f4c9e-2f5e-4c59-9a51-0d6f3f2b6c11", "alice@example.org", Set.of("customer"));

            String onAlicesBehalf = CallerContext.with(alice, "the.alice.token").call(() -> call(channels));
            String onNobodysBehalf = call(channels);

            assertThat(onAlicesBehalf).isEqualTo("Bearer the.alice.token");
            assertThat(onNobodysBehalf).isEqualTo("none");
        } finally {
            channels.close();
            echo.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static String call(GrpcChannels channels) {
        return ClientCalls.blockingUnaryCall(channels.channel("echo"), SlowGrpcService.SLOW,
                CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "0");
    }
}
