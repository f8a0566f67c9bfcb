package dev.bazaar.platform.grpc;

import dev.bazaar.api.auth.v1.IssueServiceTokenRequest;
import dev.bazaar.api.auth.v1.ServiceToken;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.platform.testapp.SlowGrpcService;
import io.grpc.CallOptions;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service calling on its own account authenticates with its own token, renewed before it expires. */
class ServiceCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final List<IssueServiceTokenRequest> issued = new ArrayList<>();
    private Server server;
    private GrpcChannels channels;
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void start() throws Exception {
        // One server plays both auth-service (IssueServiceToken) and a backend that echoes the authorization.
        server = NettyServerBuilder.forPort(0)
                .addService(new TokenServiceGrpc.TokenServiceImplBase() {
                    @Override
                    public void issueServiceToken(IssueServiceTokenRequest request, StreamObserver<ServiceToken> response) {
                        issued.add(request);
                        response.onNext(ServiceToken.newBuilder().setAccessToken("service-token-" + issued.size())
                                .setExpiresInSeconds(900).setTokenType("Bearer").build());
                        response.onCompleted();
                    }
                })
                .addService(ServerInterceptors.intercept(new SlowGrpcService(), TestBackends.answerTheAuthorization()))
                .build().start();
        String address = "127.0.0.1:" + server.getPort();
        channels = new GrpcChannels(TestBackends.config(Map.of("bazaar.backends.auth.address", address,
                "bazaar.backends.echo.address", address)), OpenTelemetry.noop());
    }

    @AfterEach
    void stop() throws Exception {
        channels.close();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void callsOnItsOwnAccountCarryTheServiceTokenEvenWhileAUserIsBeingServed() throws Exception {
        var credentials = new ServiceCredentials(channels, "order-service", "s3cret-s3cret-s3cret-s3cret-s3cret", clock);
        Caller alice = new Caller("0a9f4c9e-2f5e-4c59-9a51-0d6f3f2b6c11", "alice@example.org", Set.of("customer"));

        String asService = CallerContext.with(alice, "the.alice.token").call(() -> call(credentials));
        String onAlicesBehalf = CallerContext.with(alice, "the.alice.token").call(
                () -> ClientCalls.blockingUnaryCall(channels.channel("echo"), SlowGrpcService.SLOW,
                        CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "0"));

        assertThat(asService).isEqualTo("Bearer service-token-1");
        assertThat(onAlicesBehalf).as("plain channels never borrow the service's identity").isEqualTo("Bearer the.alice.token");
        assertThat(issued).singleElement().satisfies(request -> {
            assertThat(request.getClientId()).isEqualTo("order-service");
            assertThat(request.getClientSecret()).isEqualTo("s3cret-s3cret-s3cret-s3cret-s3cret");
        });
    }

    @Test
    void theTokenIsKeptAndRenewedAMinuteBeforeItExpires() {
        var credentials = new ServiceCredentials(channels, "order-service", "s3cret-s3cret-s3cret-s3cret-s3cret", clock);

        assertThat(call(credentials)).isEqualTo("Bearer service-token-1");
        now = T0.plus(Duration.ofMinutes(13)).plusSeconds(59);
        assertThat(call(credentials)).isEqualTo("Bearer service-token-1");
        now = T0.plus(Duration.ofMinutes(14));
        assertThat(call(credentials)).isEqualTo("Bearer service-token-2");
        assertThat(issued).hasSize(2);
    }

    @Test
    void withoutASecretThereIsNoServiceIdentity() {
        var credentials = new ServiceCredentials(channels, "order-service", null, clock);

        assertThat(credentials.isConfigured()).isFalse();
        assertThatThrownBy(() -> call(credentials)).hasMessageContaining("bazaar.service-credentials.secret");
        assertThat(issued).isEmpty();
    }

    private static String call(ServiceCredentials credentials) {
        return ClientCalls.blockingUnaryCall(credentials.channel("echo"), SlowGrpcService.SLOW,
                CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "0");
    }
}
