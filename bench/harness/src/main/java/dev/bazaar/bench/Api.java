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

    /**
     * Signs a new user with {@code role} up, logs them in and reads their id. On a busy machine a
     * backend may miss the BFF's deadline (504): the sign-up is then repeated, and "already exists"
     * (409) means the first one went through after all.
     */
    Account newAccount(String role) throws Exception {
        String email = role + "." + UUID.randomUUID() + "@bench.example.org";
        String signup = """
                {"email": "%s", "password": "%s", "displayName": "Bench", "role": "%s"}""".formatted(email, PASSWORD, role);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange("POST", "/api/v1/auth/signup", signup, null);
            if (response.statusCode() == 201 || (attempt > 1 && response.statusCode() == 409)) {
                break;
            }
            if (!retryable(response) || attempt == ATTEMPTS) {
                throw failed("POST", "/api/v1/auth/signup", response);
            }
            Thread.sleep(1000L * attempt);
        }
        String token = send("POST", "/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD), null, 200).get("accessToken").asText();
        return new Account(send("GET", "/api/v1/me", null, token, 200).get("id").asText(), token);
    }

    /** A repeated attempt gets a new name: the first may have been opened after all (then it stays empty). */
    String openStore(String seller, String name) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange("POST", "/api/v1/stores",
                    "{\"name\": \"" + name + (attempt > 1 ? " " + attempt : "") + "\"}", seller);
            if (response.statusCode() == 201) {
                return JSON.readTree(response.body()).get("id").asText();
            }
            if (!retryable(response) || attempt == ATTEMPTS) {
                throw failed("POST", "/api/v1/stores", response);
            }
            Thread.sleep(1000L * attempt);
        }
    }

    /** A repeated attempt gets a new SKU: the first may have been added after all (then it is one more product). */
    String addProduct(String seller, String store, String name, String sku, long cents, long units) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange("POST", "/api/v1/stores/" + store + "/products", """
                    {"name": "%s", "sku": "%s", "description": "made for the bench",
                     "price": {"amount": %d, "currency": "EUR"}, "stock": %d}""".formatted(name, sku + (attempt > 1 ? "-" + attempt : ""),
                    cents, units), seller);
            if (response.statusCode() == 201) {
                return JSON.readTree(response.body()).get("id").asText();
            }
            if (!retryable(response) || attempt == ATTEMPTS) {
                throw failed("POST", "/api/v1/stores/" + store + "/products", response);
            }
            Thread.sleep(1000L * attempt);
        }
    }

    /** Safe to repeat: the same Idempotency-Key tops up once. */
    void topUp(String customer, long cents) throws Exception {
        send("POST", "/api/v1/wallet/top-ups", "{\"amount\": {\"amount\": " + cents + ", \"currency\": \"EUR\"}}", customer,
                -1, "Idempotency-Key", UUID.randomUUID().toString());
    }

    JsonNode get(String path) throws Exception {
        return send("GET", path, null, null, 200);
    }

    private static final int ATTEMPTS = 5;

    /**
     * {@code expected} -1: any 2xx. Only for idempotent calls: a 502, 503 or 504 is tried again, the
     * same request with the same headers.
     */
    private JsonNode send(String method, String path, String body, String token, int expected, String... headers)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(method, path, body, token, headers);
            boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
            if (ok) {
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            }
            if (!retryable(response) || attempt == ATTEMPTS) {
                throw failed(method, path, response);
            }
            Thread.sleep(1000L * attempt);
        }
    }

    private static boolean retryable(HttpResponse<String> response) {
        return response.statusCode() == 502 || response.statusCode() == 503 || response.statusCode() == 504;
    }

    private static IllegalStateException failed(String method, String path, HttpResponse<String> response) {
        return new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    private HttpResponse<String> exchange(String method, String path, String body, String token, String... headers)
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
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
