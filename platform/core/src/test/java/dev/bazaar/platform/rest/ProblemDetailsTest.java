package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testapp.SlowGrpcService;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
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
 * What a client gets when a request fails, from a real server: RFC 9457 problem+json with a stable
 * type, the failing fields named, the right status, a trace id, and never internals.
 */
class ProblemDetailsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Server server;

    @BeforeAll
    static void start() {
        server = Server.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anInvalidFieldIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = post("/problems/items", "{\"name\": \"  \", \"count\": 1}");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]");
    }

    @Test
    void brokenJsonIsA400() throws Exception {
        assertProblem(post("/problems/items", "{\"name\": "), 400, "malformed-body");
    }

    @Test
    void aMistypedFieldIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = post("/problems/items", "{\"name\": [\"x\"], \"count\": \"many\"}");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("{\"field\":\"name\",\"message\":\"must be a string\"}",
                "{\"field\":\"count\",\"message\":\"must be a number\"}");
    }

    @Test
    void aBodyThatIsNoObjectIsA400() throws Exception {
        HttpResponse<String> response = post("/problems/items", "[1, 2]");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("\"field\":\"body\"");
    }

    @Test
    void theWrongMediaTypeIsA415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/problems/items"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .build();
        assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 415, "unsupported-media-type");
    }

    @Test
    void aMissingResourceIsA404() throws Exception {
        HttpResponse<String> response = get("/problems/missing");
        assertProblem(response, 404, "resource-not-found");
        assertThat(response.body()).contains("Item 42 does not exist.");
    }

    @Test
    void aBrokenBusinessRuleIsA422WithItsCode() throws Exception {
        assertProblem(get("/problems/funds"), 422, "insufficient-funds");
    }

    @Test
    void aBugIsA500WithoutInternals() throws Exception {
        HttpResponse<String> response = get("/problems/bug");
        assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException", "at dev.bazaar");
    }

    @Test
    void aGrpcHandlerErrorArrivesAsItsStatusWithTheField() throws Exception {
        int port = CDI.current().select(GrpcServer.class).get().port();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            assertThatThrownBy(() -> ClientCalls.blockingUnaryCall(channel, SlowGrpcService.FAIL,
                    CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "quantity"))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(GrpcErrors.fromStatusException(e).orElseThrow().violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("quantity"));
                    });
        } finally {
            channel.shutdownNow();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body())
                .contains("\"type\":\"" + Problem.TYPE_PREFIX + code + "\"")
                .contains("\"status\":" + status)
                .containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
