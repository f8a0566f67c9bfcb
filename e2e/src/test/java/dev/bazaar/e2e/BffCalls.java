package dev.bazaar.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON calls to the BFF's REST API as a browser makes them, and what tests check of the answers. */
final class BffCalls {

    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI base;

    BffCalls(URI base) {
        this.base = base;
    }

    /** POST a JSON body with extra headers ({@code name, value, ...}), with the access token when not null. */
    HttpResponse<String> post(String path, String json, String token, String... headers) throws Exception {
        return withBody("POST", path, json, token, headers);
    }

    /** PATCH a JSON body, with the access token when {@code token} is not null. */
    HttpResponse<String> patch(String path, String json, String token) throws Exception {
        return withBody("PATCH", path, json, token);
    }

    /** PUT a JSON body, with the access token when {@code token} is not null. */
    HttpResponse<String> put(String path, String json, String token) throws Exception {
        return withBody("PUT", path, json, token);
    }

    private HttpResponse<String> withBody(String method, String path, String json, String token, String... headers)
            throws Exception {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, token);
    }

    /** GET, with the access token when {@code token} is not null. */
    HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json"), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs a new user with this role up and logs them in; their access token. */
    String signUpAndLogIn(String role) throws Exception {
        String email = role + "." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> signup = post("/api/v1/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Sam", "role": "%s"}""".formatted(email, PASSWORD, role), null);
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return json(post("/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD), null)).getString("accessToken");
    }

    /** The body of a successful answer. */
    static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** An RFC 9457 problem with this status and problem type. */
    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://bazaar.dev/problems/" + code + "\"");
    }
}
