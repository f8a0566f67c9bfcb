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
    void valuesJsonBWouldCoerceAreMistypedFieldsToo() throws Exception {
        // Yasson reads "" and "yes" as the boolean false and "12" as 12: a client's mistake taken as an answer
        HttpResponse<String> response = post("/problems/settings",
                "{\"on\": \"\", \"limit\": \"12\", \"item\": {\"name\": \"x\", \"count\": \"3\"},"
                        + " \"items\": [{\"name\": \"y\", \"count\": 1}, {\"name\": {}, \"count\": 2}, 7]}");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("{\"field\":\"on\",\"message\":\"must be true or false\"}",
                "{\"field\":\"limit\",\"message\":\"must be a number\"}",
                "{\"field\":\"item.count\",\"message\":\"must be a number\"}",
                "{\"field\":\"items[1].name\",\"message\":\"must be a string\"}",
                "{\"field\":\"items[2]\",\"message\":\"must be an object\"}");
        // JSON-B would bind 1e400 as 0 (the low 64 bits) and 1.5 as 1
        HttpResponse<String> inexact = post("/problems/settings", "{\"limit\": 1e400, \"item\": {\"name\": \"x\", \"count\": 1.5},"
                + " \"items\": [{\"name\": \"y\", \"count\": 2147483648}]}");
        assertProblem(inexact, 400, "validation-failed");
        assertThat(inexact.body()).contains("\"field\":\"limit\"", "\"field\":\"item.count\"", "\"field\":\"items[0].count\"");
        HttpResponse<String> fine = post("/problems/settings",
                "{\"on\": false, \"limit\": 9223372036854775807, \"item\": {\"name\": \"x\", \"count\": 3.0}, \"items\": []}");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
    }

    @Test
    void bytesThatAreNoValidRequestMessageAreInvalidArgument() throws Exception {
        int port = CDI.current().select(GrpcServer.class).get().port();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            // grpc-java on its own answers UNKNOWN ("Application error processing RPC") and logs an ERROR
            assertThatThrownBy(() -> ClientCalls.blockingUnaryCall(channel, SlowGrpcService.STRICT_AS_BYTES,
                    CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), new byte[] {(byte) 0xff, (byte) 0xfe}))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
            assertThat(ClientCalls.blockingUnaryCall(channel, SlowGrpcService.STRICT_AS_BYTES,
                    CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "fine".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("fine");
        } finally {
            channel.shutdownNow();
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() throws Exception {
        // Expect: 100-continue, as careful clients send big bodies: the server refuses before the body is
        // sent (without it, the refusal may close the connection while the client still writes, and the
        // client sees no answer at all)
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/problems/items"))
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(1024 * 1024) + "\", \"count\": 1}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(post("/problems/items", "{\"name\": \"" + "x".repeat(500_000) + "\", \"count\": 1}").statusCode())
                .isEqualTo(200);
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
