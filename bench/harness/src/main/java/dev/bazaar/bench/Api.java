package dev.bazaar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The BFF's REST API as the bench's set-up uses it: accounts, a store, products, top-ups. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    record Account(String id, String token) {
    }

    /** Signs a new user with {@code role} up, logs them in and reads their id. */
    Account newAccount(String role) throws Exception {
        String email = role + "." + UUID.randomUUID() + "@bench.example.org";
        send("POST", "/api/v1/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Bench", "role": "%s"}""".formatted(email, PASSWORD, role),
                null, 201);
        String token = send("POST", "/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD), null, 200).get("accessToken").asText();
        return new Account(send("GET", "/api/v1/me", null, token, 200).get("id").asText(), token);
    }

    String openStore(String seller, String name) throws Exception {
        return send("POST", "/api/v1/stores", "{\"name\": \"" + name + "\"}", seller, 201).get("id").asText();
    }

    String addProduct(String seller, String store, String name, String sku, long cents, long units) throws Exception {
        return send("POST", "/api/v1/stores/" + store + "/products", """
                {"name": "%s", "sku": "%s", "description": "made for the bench",
                 "price": {"amount": %d, "currency": "EUR"}, "stock": %d}""".formatted(name, sku, cents, units),
                seller, 201).get("id").asText();
    }

    void topUp(String customer, long cents) throws Exception {
        send("POST", "/api/v1/wallet/top-ups", "{\"amount\": {\"amount\": " + cents + ", \"currency\": \"EUR\"}}", customer,
                -1, "Idempotency-Key", UUID.randomUUID().toString());
    }

    JsonNode get(String path) throws Exception {
        return send("GET", path, null, null, 200);
    }

    /** {@code expected} -1: any 2xx. */
    private JsonNode send(String method, String path, String body, String token, int expected, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
        if (!ok) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
