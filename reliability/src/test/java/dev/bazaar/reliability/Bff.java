package dev.bazaar.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST calls to the BFF as a browser makes them. Each client names its own address in
 * {@code X-Forwarded-For} (the reliability shop's BFF trusts one proxy), so the login limits count
 * per test client: a test that fails logins on purpose never locks out another. The addresses are
 * only header text, from the documentation range 198.51.100.0/24; nothing is ever sent to them.
 */
final class Bff {

    static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    /** A signed-up user: their id, email and tokens. */
    record Account(String id, String email, String role, String accessToken, String refreshToken) {
    }

    private final URI base;
    private final String clientAddress;

    Bff(URI base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** A client with an address of its own. */
    static Bff client(URI base, int n) {
        return new Bff(base, "198.51.100." + (Math.floorMod(n, 254) + 1));
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        return send("GET", path, null, token, headers);
    }

    HttpResponse<String> post(String path, String json, String token, String... headers) throws Exception {
        return send("POST", path, json, token, headers);
    }

    HttpResponse<String> send(String method, String path, String json, String token, String... headers) throws Exception {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
        if (json != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        if (token != null) {
            all.addAll(List.of("Authorization", "Bearer " + token));
        }
        all.addAll(List.of(headers));
        return raw(method, path, json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                all.toArray(String[]::new));
    }

    /** Any bytes with any headers ({@code name, value, ...}); the client address is added. */
    HttpResponse<String> raw(String method, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                // a big body waits for the server's go-ahead, as HTTP means it to: a refusal (413) then
                // arrives whole instead of racing the upload and the server's close
                .expectContinue(body != null && body.length > 1024 * 1024);
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"refreshToken\"")) {
            JsonObject tokens = parse(response.body());
            LogSecrets.remember(tokens.getString("accessToken", null));
            LogSecrets.remember(tokens.getString("refreshToken", null));
        }
        return response;
    }

    /** Answers to retried calls: 503/504 ("try again") that the helpers below sent again. */
    static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A call as a patient client makes it: sent again while the BFF answers 503 or 504 (a backend
     * busy or briefly away; the problem says "try again"), at most ten times with a growing pause.
     * Only for calls that are safe to repeat (reads, and writes with an Idempotency-Key or a fresh name).
     */
    static HttpResponse<String> patiently(Call call) throws Exception {
        HttpResponse<String> answer = call.send();
        for (int attempt = 1; attempt <= 10 && (answer.statusCode() == 503 || answer.statusCode() == 504); attempt++) {
            RETRIED.incrementAndGet();
            Thread.sleep(200L * attempt);
            answer = call.send();
        }
        return answer;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Signs a new user with this role up and logs them in. */
    Account signUp(String role) throws Exception {
        String email = role + "." + UUID.randomUUID() + "@example.org";
        boolean[] retried = {false};
        HttpResponse<String> signup = patiently(() -> {
            HttpResponse<String> answer = post("/api/v1/auth/signup", """
                    {"email": "%s", "password": "%s", "displayName": "Sam", "role": "%s"}""".formatted(email, PASSWORD, role), null);
            retried[0] |= answer.statusCode() >= 500;
            return answer;
        });
        if (signup.statusCode() == 409 && retried[0]) { // the first attempt did sign up
            JsonObject tokens = logIn(email, PASSWORD);
            String id = json(get("/api/v1/me", tokens.getString("accessToken"))).getString("id");
            return new Account(id, email, role, tokens.getString("accessToken"), tokens.getString("refreshToken"));
        }
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        String id = json(signup).getString("id");
        JsonObject tokens = logIn(email, PASSWORD);
        return new Account(id, email, role, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    JsonObject logIn(String email, String password) throws Exception {
        return json(patiently(() -> post("/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, password), null)));
    }

    Account admin(ReliabilityShop shop) throws Exception {
        JsonObject tokens = logIn(ReliabilityShop.ADMIN_EMAIL, shop.adminPassword);
        JsonObject me = json(get("/api/v1/me", tokens.getString("accessToken")));
        return new Account(me.getString("id"), ReliabilityShop.ADMIN_EMAIL, "admin", tokens.getString("accessToken"),
                tokens.getString("refreshToken"));
    }

    String openStore(Account seller) throws Exception {
        return json(patiently(() -> post("/api/v1/stores", """
                {"name": "Store %s", "description": "reliability"}""".formatted(UUID.randomUUID()), seller.accessToken())))
                .getString("id");
    }

    String addProduct(Account seller, String storeId, long cents, long units) throws Exception {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 13);
        return json(patiently(() -> post("/api/v1/stores/" + storeId + "/products", """
                {"name": "Thing", "sku": "%s", "price": {"amount": %d, "currency": "EUR"}, "stock": %d}"""
                .formatted(sku, cents, units), seller.accessToken()))).getString("id");
    }

    /** Tops the wallet up, in top-ups of at most 1000.00 EUR (payment-service's limit per top-up). */
    void topUp(Account customer, long cents) throws Exception {
        for (long left = cents; left > 0; left -= 100_000) {
            long amount = Math.min(left, 100_000);
            String key = UUID.randomUUID().toString();
            json(patiently(() -> post("/api/v1/wallet/top-ups", """
                    {"amount": {"amount": %d, "currency": "EUR"}}""".formatted(amount), customer.accessToken(),
                    "Idempotency-Key", key)));
        }
    }

    /** {@code POST /api/v1/orders} for one line, sent again with its key while the answer is 503/504. */
    HttpResponse<String> order(Account customer, String key, String productId, int quantity) throws Exception {
        return patiently(() -> orderOnce(customer, key, productId, quantity));
    }

    /** {@code POST /api/v1/orders} for one line, once. */
    HttpResponse<String> orderOnce(Account customer, String key, String productId, int quantity) throws Exception {
        return post("/api/v1/orders", """
                {"lines": [{"productId": "%s", "quantity": %d}]}""".formatted(productId, quantity),
                customer.accessToken(), "Idempotency-Key", key);
    }

    /** The order's status, or empty when it cannot be read now. */
    Optional<String> status(Account reader, String orderId) throws Exception {
        HttpResponse<String> order = patiently(() -> get("/api/v1/orders/" + orderId, reader.accessToken()));
        return order.statusCode() == 200 ? Optional.of(json(order).getString("status")) : Optional.empty();
    }

    long balance(Account customer) throws Exception {
        return json(patiently(() -> get("/api/v1/wallet", customer.accessToken()))).getJsonObject("balance")
                .getJsonNumber("amount").longValue();
    }

    /** The body of a successful answer. */
    static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return parse(response.body());
    }

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
