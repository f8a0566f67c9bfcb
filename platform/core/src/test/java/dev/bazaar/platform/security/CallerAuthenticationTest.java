package dev.bazaar.platform.security;

import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testapp.SlowGrpcService;
import dev.bazaar.platform.testapp.TestSigningKeys;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service knows its caller the same way over REST and gRPC, from a real server: no token is
 * anonymous, a good token is its user, a bad token is refused with 401 / UNAUTHENTICATED before
 * any handler runs, and a REST endpoint is public only when it says so.
 */
class CallerAuthenticationTest {

    private static final String ALICE = "0a9f4c9e-2f5e-4c59-9a51-0d6f3f2b6c11";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Server server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() {
        server = Server.builder().build().start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", CDI.current().select(GrpcServer.class).get().port())
                .usePlaintext().build();
    }

    @AfterAll
    static void stop() {
        channel.shutdownNow();
        server.stop();
    }

    @Test
    void aPublicEndpointServesAnonymousCallersAndSignedInOnesAlike() throws Exception {
        assertThat(get("/whoami/anyone", null).body()).isEqualTo("anonymous");
        assertThat(get("/whoami/anyone", TestSigningKeys.token(ALICE, "customer")).body()).isEqualTo(ALICE);
    }

    @Test
    void anEndpointWithoutAnnotationNeedsASignedInCaller() throws Exception {
        HttpResponse<String> anonymous = get("/whoami/signed-in", null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        HttpResponse<String> signedIn = get("/whoami/signed-in", TestSigningKeys.token(ALICE, "customer"));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo(ALICE + " [customer]");
    }

    @Test
    void aBadTokenIsRefusedEvenWhereNoTokenIsNeeded() throws Exception {
        String otherKeys = TestSigningKeys.sign(TestSigningKeys.claims(ALICE, "admin").build(),
                TestSigningKeys.generate(TestSigningKeys.KEY.getKeyID()));

        assertProblem(get("/whoami/anyone", otherKeys), 401, "token-invalid");
        assertProblem(get("/whoami/anyone", "not.a.jwt"), 401, "token-invalid");
        HttpRequest basic = HttpRequest.newBuilder(uri("/whoami/anyone")).header("Authorization", "Basic YTpi").build();
        assertProblem(HTTP.send(basic, HttpResponse.BodyHandlers.ofString()), 401, "token-invalid");
    }

    @Test
    void theWrongRoleIsForbidden() throws Exception {
        assertProblem(get("/whoami/sellers", TestSigningKeys.token(ALICE, "customer")), 403, "role-required");
        assertProblem(get("/whoami/sellers", null), 401, "token-invalid");
        assertThat(get("/whoami/sellers", TestSigningKeys.token(ALICE, "seller")).body()).isEqualTo(ALICE);
    }

    @Test
    void aGrpcHandlerSeesTheCallerOfTheToken() {
        assertThat(whoAmI(null)).isEqualTo("anonymous");
        assertThat(whoAmI("Bearer " + TestSigningKeys.token(ALICE, "seller"))).isEqualTo(ALICE + " [seller]");
    }

    @Test
    void aGrpcCallWithABadTokenIsUnauthenticatedWithTheApisReason() {
        for (String authorization : new String[] {"Bearer not.a.jwt", "Basic YTpi",
                "Bearer " + TestSigningKeys.sign(TestSigningKeys.claims(ALICE, "admin").audience("elsewhere").build(),
                        TestSigningKeys.KEY)}) {
            assertThatThrownBy(() -> whoAmI(authorization)).as(authorization)
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                        assertThat(GrpcErrors.fromStatusException(e).orElseThrow().code()).isEqualTo("token-invalid");
                    });
        }
    }

    private static String whoAmI(String authorization) {
        Metadata headers = new Metadata();
        if (authorization != null) {
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
        }
        var intercepted = io.grpc.ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
        return ClientCalls.blockingUnaryCall(intercepted, SlowGrpcService.WHO_AM_I,
                CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://bazaar.dev/problems/" + code + "\"");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
