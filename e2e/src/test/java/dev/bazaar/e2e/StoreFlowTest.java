package dev.bazaar.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's first store, as a browser lives it against the whole shop: sign up as a seller, log
 * in, open a store through the BFF (which calls store-service with the seller's token), and read it
 * back without signing in. A customer may not open one.
 */
class StoreFlowTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String PASSWORD = "correct horse battery";
    private static Shop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
    }

    @Test
    void aSellerOpensAStoreThatAnyoneCanReadButACustomerCannotOpenOne() throws Exception {
        String seller = signUpAndLogIn("seller");

        HttpResponse<String> opened = post("/api/v1/stores", """
                {"name": "  Sam's Tea ", "description": "Loose leaf tea"}""", seller);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonObject store = json(opened);
        String id = store.getString("id");
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/stores/" + id));
        assertThat(store.getString("name")).isEqualTo("Sam's Tea");
        assertThat(store.getString("status")).isEqualTo("OPEN");

        HttpResponse<String> anonymous = get("/api/v1/stores/" + id, null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        assertThat(json(anonymous).getString("ownerId")).isEqualTo(store.getString("ownerId"));
        assertThat(json(anonymous).getString("description")).isEqualTo("Loose leaf tea");

        assertProblem(post("/api/v1/stores", """
                {"name": "sam's TEA"}""", seller), 409, "duplicate");
        assertProblem(post("/api/v1/stores", """
                {"name": ""}""", seller), 400, "validation-failed");
        assertProblem(get("/api/v1/stores/" + UUID.randomUUID(), null), 404, "resource-not-found");

        String customer = signUpAndLogIn("customer");
        assertProblem(post("/api/v1/stores", """
                {"name": "Not mine"}""", customer), 403, "role-required");
        assertProblem(post("/api/v1/stores", """
                {"name": "Not mine"}""", null), 401, "token-invalid");
    }

    private static String signUpAndLogIn(String role) throws Exception {
        String email = role + "." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> signup = post("/api/v1/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Sam", "role": "%s"}""".formatted(email, PASSWORD, role), null);
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return json(post("/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD), null)).getString("accessToken");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://bazaar.dev/problems/" + code + "\"");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> post(String path, String json, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return shop.bff().baseUri().resolve(path);
    }
}
