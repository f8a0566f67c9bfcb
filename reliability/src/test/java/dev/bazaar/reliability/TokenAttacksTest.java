package dev.bazaar.reliability;

import dev.bazaar.api.order.v1.ListOrdersRequest;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.reliability.Bff.Account;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on identity: forged and tampered access tokens (over REST and straight at a service's
 * gRPC port), a refresh token used twice, and the login limits per account and per address.
 */
@Order(2)
class TokenAttacksTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static ReliabilityShop shop;
    private static Bff bff;
    private static ManagedChannel orders;

    @BeforeAll
    static void shop() {
        shop = ReliabilityShop.shared();
        bff = Bff.client(shop.bff(), 2);
        orders = NettyChannelBuilder.forAddress("127.0.0.1", shop.grpcPort("order")).usePlaintext().build();
    }

    @AfterAll
    static void close() {
        orders.shutdownNow();
    }

    @Test
    void noForgedOrTamperedAccessTokenIsAccepted() throws Exception {
        Account customer = bff.signUp("customer");
        Account victim = bff.signUp("customer");
        String[] parts = customer.accessToken().split("\\.");
        JsonObject header = Bff.parse(new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8));
        JsonObject claims = Bff.parse(new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8));
        String asAdmin = encode(with(claims, "groups", Json.createArrayBuilder().add("admin").build()));
        String asVictim = encode(with(claims, "sub", Json.createValue(victim.id())));
        String jwks = new String(jwks(), StandardCharsets.UTF_8);

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none, admin claims", encode(with(header, "alg", Json.createValue("none"))) + "." + asAdmin + ".");
        forged.put("alg none, no signature part", encode(with(header, "alg", Json.createValue("none"))) + "." + asAdmin);
        forged.put("claims changed to admin, signature kept", parts[0] + "." + asAdmin + "." + parts[2]);
        forged.put("subject changed to another customer, signature kept", parts[0] + "." + asVictim + "." + parts[2]);
        forged.put("signature bit flipped", parts[0] + "." + parts[1] + "." + flip(parts[2]));
        forged.put("signature removed", parts[0] + "." + parts[1] + ".");
        String hsHeader = encode(with(header, "alg", Json.createValue("HS256")));
        forged.put("HS256 keyed with the public JWKS (key confusion)",
                hsHeader + "." + asAdmin + "." + hmac(hsHeader + "." + asAdmin, jwks));
        forged.put("RS256 by another key under auth's kid", selfSigned(parts[0], asAdmin));
        forged.put("garbage", "not-a-token");
        forged.put("empty", "");

        int refused = 0;
        for (var attempt : forged.entrySet()) {
            HttpResponse<String> me = bff.get("/api/v1/me", attempt.getValue().isEmpty() ? null : attempt.getValue(),
                    attempt.getValue().isEmpty() ? new String[] {"Authorization", "Bearer "} : new String[0]);
            assertThat(me.statusCode()).as("GET /api/v1/me with " + attempt.getKey()).isEqualTo(401);
            if (!attempt.getValue().isEmpty()) {
                assertThat(grpcListOrders(attempt.getValue()).getCode()).as("gRPC ListOrders with " + attempt.getKey())
                        .isEqualTo(Status.Code.UNAUTHENTICATED);
            }
            refused++;
        }
        assertThat(bff.get("/api/v1/me", null, "Authorization", "Basic " + B64.encodeToString("a:b".getBytes())).statusCode())
                .as("another scheme").isEqualTo(401);
        // the genuine token still works, over both
        assertThat(bff.get("/api/v1/me", customer.accessToken()).statusCode()).isEqualTo(200);
        assertThat(grpcListOrders(customer.accessToken()).getCode()).isEqualTo(Status.Code.OK);
        Summary.note("%-12s HELD    %d forged/tampered access tokens refused over REST and gRPC (alg none, changed "
                + "claims, flipped signature, HS256 key confusion, foreign key), another scheme refused", "jwt", refused);
    }

    @Test
    void aRefreshTokenUsedTwiceEndsTheWholeSession() throws Exception {
        Account customer = bff.signUp("customer");
        String first = customer.refreshToken();
        HttpResponse<String> rotated = refresh(first);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String second = Bff.json(rotated).getString("refreshToken");
        assertThat(second).isNotEqualTo(first);

        assertThat(refresh(first).statusCode()).as("the used-up token again").isEqualTo(401);
        assertThat(refresh(second).statusCode()).as("its successor, after the reuse ended the session").isEqualTo(401);

        JsonObject again = bff.logIn(customer.email(), Bff.PASSWORD);
        assertThat(bff.post("/api/v1/auth/logout", "{\"refreshToken\": \"%s\"}".formatted(again.getString("refreshToken")),
                again.getString("accessToken")).statusCode()).isEqualTo(204);
        assertThat(refresh(again.getString("refreshToken")).statusCode()).as("after logout").isEqualTo(401);
        Summary.note("%-12s HELD    refresh token reuse ends the session (reused and successor refused), logout ends it",
                "refresh");
    }

    @Test
    void failedLoginsAreLimitedPerAccountAndPerAddress() throws Exception {
        Account target = bff.signUp("customer");
        Bff attacker = Bff.client(shop.bff(), 200);
        String wrong = "{\"email\": \"%s\", \"password\": \"wrong password 123\"}".formatted(target.email());
        int failures = 0;
        HttpResponse<String> answer = attacker.post("/api/v1/auth/login", wrong, null);
        while (answer.statusCode() == 401 && failures < 50) {
            failures++;
            answer = attacker.post("/api/v1/auth/login", wrong, null);
        }
        assertThat(failures).as("wrong passwords before the account is limited").isEqualTo(5);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        // from another address, the right password is limited too: the account is under attack
        HttpResponse<String> owner = Bff.client(shop.bff(), 201).post("/api/v1/auth/login",
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(target.email(), Bff.PASSWORD), null);
        assertThat(owner.statusCode()).as("the account's limit holds from any address").isIn(200, 429);

        Bff sprayer = Bff.client(shop.bff(), 202);
        int sprayed = 0;
        HttpResponse<String> spray = sprayer.post("/api/v1/auth/login",
                "{\"email\": \"nobody%d@example.org\", \"password\": \"guess\"}".formatted(sprayed), null);
        while (spray.statusCode() == 401 && sprayed < 100) {
            sprayed++;
            spray = sprayer.post("/api/v1/auth/login",
                    "{\"email\": \"nobody%d@example.org\", \"password\": \"guess\"}".formatted(sprayed), null);
        }
        assertThat(sprayed).as("failures from one address before it is limited").isEqualTo(20);
        assertThat(spray.statusCode()).isEqualTo(429);
        Account other = bff.signUp("customer");
        assertThat(sprayer.post("/api/v1/auth/login", "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(other.email(), Bff.PASSWORD), null).statusCode()).as("the limited address, right password")
                .isEqualTo(429);
        assertThat(Bff.client(shop.bff(), 203).post("/api/v1/auth/login", "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(other.email(), Bff.PASSWORD), null).statusCode()).as("another address").isEqualTo(200);
        Summary.note("%-12s HELD    login limited after %d failures per account and %d per address (429 + Retry-After); "
                + "other addresses unaffected (right password from elsewhere: %d)", "login-limit", failures, sprayed,
                owner.statusCode());
    }

    private static HttpResponse<String> refresh(String token) throws Exception {
        return bff.post("/api/v1/auth/refresh", "{\"refreshToken\": \"%s\"}".formatted(token), null);
    }

    private static Status grpcListOrders(String token) {
        Metadata metadata = new Metadata();
        metadata.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        try {
            OrderServiceGrpc.newBlockingStub(orders)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata))
                    .withDeadlineAfter(5, TimeUnit.SECONDS)
                    .listOrders(ListOrdersRequest.getDefaultInstance());
            return Status.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus();
        }
    }

    private static byte[] jwks() throws Exception {
        String url = shop.service("auth").baseUri().resolve("/.well-known/jwks.json").toString();
        try (var in = java.net.URI.create(url).toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    private static JsonObject with(JsonObject object, String key, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder(object).add(key, value).build();
    }

    private static String encode(JsonObject object) {
        return B64.encodeToString(object.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String flip(String signature) {
        byte[] bytes = DECODE.decode(signature);
        bytes[bytes.length / 2] ^= 0x01;
        return B64.encodeToString(bytes);
    }

    private static String hmac(String signingInput, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    }

    private static String selfSigned(String header, String claims) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.generateKeyPair().getPrivate());
        rs256.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + B64.encodeToString(rs256.sign());
    }
}
