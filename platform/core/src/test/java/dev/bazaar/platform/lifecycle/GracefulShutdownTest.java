package dev.bazaar.platform.lifecycle;

import dev.bazaar.platform.testapp.SlowGrpcService;
import dev.bazaar.platform.testapp.SlowResource;
import dev.bazaar.platform.testapp.TestServiceProcess;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM while an HTTP request and a gRPC call are under way: readiness goes DOWN at once, both
 * calls finish with success, and the process exits 0. The service runs as a real child process
 * (the platform alone plus a slow endpoint of each kind), because only a real signal shows what
 * Helidon does on shutdown.
 */
class GracefulShutdownTest {

    @Test
    void sigtermLetsInFlightHttpAndGrpcCallsFinishThenExitsZero() throws Exception {
        try (TestServiceProcess service = TestServiceProcess.start(Map.of())) {
            // connections opened and both clients warm first: the slow calls then arrive at once, well
            // before the SIGTERM (a request that arrives after the drain began is refused, see below)
            HttpClient client = HttpClient.newHttpClient();
            assertThat(client.send(service.request("/slow?millis=1"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", service.grpcPort()).usePlaintext().build();
            ClientCalls.blockingUnaryCall(channel, SlowGrpcService.SLOW, CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS), "1");
            var slowHttp = client.sendAsync(service.request("/slow?millis=3000"), HttpResponse.BodyHandlers.ofString());
            CompletableFuture<String> slowGrpc = CompletableFuture.supplyAsync(() -> ClientCalls.blockingUnaryCall(
                    channel, SlowGrpcService.SLOW, CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS), "3000"));
            awaitOutput(service, SlowResource.STARTED, SlowGrpcService.STARTED); // both calls are in their handlers

            service.process().destroy(); // SIGTERM

            assertThat(readinessWhileDraining(service)).as("readiness during the drain").isNotEqualTo(200);
            // a request that arrives while the slow ones drain is refused up front, never cut off halfway
            int late = lateRequest(service);
            assertThat(late).as("a request sent during the drain: 503 shutting-down, or refused (-1)").isIn(503, -1);
            HttpResponse<String> http = slowHttp.get(20, TimeUnit.SECONDS);
            assertThat(http.statusCode()).isEqualTo(200);
            assertThat(http.body()).isEqualTo("finished after 3000 ms");
            assertThat(slowGrpc.get(20, TimeUnit.SECONDS)).isEqualTo("slept 3000 ms");
            assertThat(service.process().waitFor(20, TimeUnit.SECONDS)).as("exited within the grace period").isTrue();
            assertThat(service.process().exitValue()).as(service.output()).isZero();
            channel.shutdownNow();
        }
    }

    private static void awaitOutput(TestServiceProcess service, String... lines) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!java.util.Arrays.stream(lines).allMatch(service.output()::contains)) {
            assertThat(Instant.now()).as("the calls reach their handlers").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** A short request sent now: its status if answered with a problem, -1 when the connection is refused. */
    private static int lateRequest(TestServiceProcess service) throws Exception {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(service.request("/slow?millis=10"),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 503) {
                assertThat(answer.body()).contains("shutting-down");
                assertThat(answer.headers().firstValue("Connection")).hasValue("close");
            }
            return answer.statusCode();
        } catch (java.io.IOException refused) {
            return -1;
        }
    }

    /**
     * The first readiness answer after SIGTERM that is not 200 (or 200 if it never changes): 503
     * on a kept-alive connection, or -1 when the listener already refuses new connections; a
     * kubelet probe counts either as not ready.
     */
    private static int readinessWhileDraining(TestServiceProcess service) throws Exception {
        int status = 200;
        Instant deadline = Instant.now().plusSeconds(2);
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            try {
                status = service.status("/healthz/ready");
            } catch (java.io.IOException refused) {
                status = -1;
            }
        }
        return status;
    }
}
