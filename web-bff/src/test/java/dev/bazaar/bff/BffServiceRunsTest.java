package dev.bazaar.bff;

import dev.bazaar.platform.testing.RunningServiceContract;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * web-bff starts for real and honours the service contract. No backend runs in this test, so the
 * status endpoint must report every backend DOWN, quickly, and still answer 200: the BFF stays up
 * when its backends are not (the whole-system test covers backends going down and coming up).
 * What the BFF decides itself about the auth endpoints is checked here too: who may call them,
 * what a malformed body gets, and what a client sees when auth-service is down; the whole flow
 * against a real auth-service is e2e's AuthFlowTest.
 */
class BffServiceRunsTest extends RunningServiceContract {

    static final String PARTNER_SITE = "https://partner.example.org";

    static {
        dev.bazaar.platform.testing.TestAccessTokens.install();
        System.setProperty("bazaar.bff.cors.allowed-origins", PARTNER_SITE + ", https://other.example.org");
    }

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of();
    }

    @Override
    protected boolean ownsDatabase() {
        return false;
    }

    @Test
    void myAccountNeedsAnAccessToken() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/v1/me", null, null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        assertProblem(send("GET", "/api/v1/me", null, "not-a-jwt"), 401, "token-invalid");
        assertProblem(send("POST", "/api/v1/auth/logout", "{\"refreshToken\": \"x\"}", null), 401, "token-invalid");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedBeforeAnyBackendIsAsked() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/auth/signup",
                "{\"email\": [\"ada@example.org\"], \"password\": \"correct horse battery\", \"displayName\": {}}", null);

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("\"field\":\"email\"", "\"field\":\"displayName\"")
                .doesNotContain("\"field\":\"password\"");
    }

    @Test
    void aLoginWhileAuthServiceIsDownIsA503Problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/auth/login",
                "{\"email\": \"ada@example.org\", \"password\": \"correct horse battery\"}", null);

        assertProblem(response, 503, "backend-unavailable");
        assertThat(response.body()).doesNotContain("correct horse");
    }

    @Test
    void theAuthEndpointsAreDocumentedInOpenApi() throws Exception {
        String openapi = get("/openapi", "application/yaml").body();

        assertThat(openapi).contains("/api/v1/auth/signup:", "/api/v1/auth/login:", "/api/v1/auth/refresh:",
                "/api/v1/auth/logout:", "/api/v1/me:", "SignupRequest", "Tokens", "bearer");
    }

    @Test
    void openingAStoreNeedsAnAccessTokenWhileReadingOneDoesNot() throws Exception {
        HttpResponse<String> anonymous = send("POST", "/api/v1/stores", "{\"name\": \"Sam's\"}", null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        // Anyone may read a store: the request reaches store-service, which does not run here.
        assertProblem(send("GET", "/api/v1/stores/" + java.util.UUID.randomUUID(), null, null), 503, "backend-unavailable");
    }

    @Test
    void theStoreEndpointsAreDocumentedInOpenApi() throws Exception {
        String openapi = get("/openapi", "application/yaml").body();

        assertThat(openapi).contains("/api/v1/stores:", "/api/v1/stores/{id}:", "OpenStoreRequest", "Store");
    }

    @Test
    void theStorefrontPageIsServedAtTheRootWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\">", "<script type=\"module\" src=\"/assets/app.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // An unchanged file costs a 304.
        String etag = page.headers().firstValue("ETag").orElseThrow();
        var again = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + httpPort() + "/")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void onlyThePagesOwnFilesAreServed() throws Exception {
        HttpResponse<String> script = get("/assets/app.js", "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(script.body()).contains("import * as api from './api.js'");
        assertThat(get("/assets/api.js", "*/*").body()).contains("export function followOrder");
        assertThat(get("/assets/style.css", "*/*").statusCode()).isEqualTo(200);

        for (String path : List.of("/assets/index.html", "/assets/..%2Fweb%2Fapp.js", "/assets/beans.xml",
                "/assets/%2E%2E%2FMETA-INF%2Fmicroprofile-config.properties")) {
            HttpResponse<String> response = get(path, "*/*");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
    }

    @Test
    void aConfiguredOriginMayCallTheApiFromItsPagesAndNoOtherMay() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, java.net.http.HttpRequest> preflight = (origin, method) ->
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + httpPort() + "/api/v1/orders"))
                        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin).header("Access-Control-Request-Method", method)
                        .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key").build();

        HttpResponse<String> allowed = client.send(preflight.apply(PARTNER_SITE, "POST"), HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).as("answered without a token").isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER_SITE);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(h -> assertThat(h)
                .contains("Authorization", "Content-Type", "Idempotency-Key"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> foreign = client.send(preflight.apply("https://evil.example.com", "POST"), HttpResponse.BodyHandlers.ofString());
        assertProblem(foreign, 403, "origin-not-allowed");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        // the answers themselves: the allowed origin is named, with the headers its page may read
        HttpResponse<String> fromPartner = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + httpPort() + "/api/v1/status")).header("Origin", PARTNER_SITE).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromPartner.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER_SITE);
        assertThat(fromPartner.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(h -> assertThat(h)
                .contains("Location", "Retry-After"));
        assertThat(fromPartner.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
        HttpResponse<String> fromElsewhere = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + httpPort() + "/api/v1/status")).header("Origin", "https://evil.example.com").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromElsewhere.statusCode()).isEqualTo(200);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void apiAnswersAreNeverCached() throws Exception {
        HttpResponse<String> status = get("/api/v1/status", "application/json");
        assertThat(status.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(status.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void followingAnOrderNeedsAnAccessTokenAndOrderService() throws Exception {
        String path = "/api/v1/orders/" + java.util.UUID.randomUUID() + "/events";
        HttpResponse<String> anonymous = send("GET", path, null, null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        // order-service does not run here: the stream cannot start, and says why before any event.
        assertProblem(send("GET", path, null, dev.bazaar.platform.testing.TestAccessTokens.token(
                java.util.UUID.randomUUID().toString(), "customer")), 503, "backend-unavailable");
    }

    @Test
    void changingTheCatalogueNeedsAnAccessTokenWhileBrowsingItDoesNot() throws Exception {
        String product = "/api/v1/products/" + java.util.UUID.randomUUID();
        assertProblem(send("POST", "/api/v1/stores/" + java.util.UUID.randomUUID() + "/products", "{\"name\": \"Mug\"}", null),
                401, "token-invalid");
        assertProblem(send("PATCH", product, "{\"name\": \"Mug\"}", null), 401, "token-invalid");
        assertProblem(send("PUT", product + "/stock", "{\"available\": 1, \"reason\": \"count\"}", null), 401, "token-invalid");

        // Anyone may browse: the request reaches store-service, which does not run here.
        assertProblem(send("GET", "/api/v1/products?q=mug", null, null), 503, "backend-unavailable");
        assertProblem(send("GET", product, null, null), 503, "backend-unavailable");
    }

    @Test
    void aPageSizeThatIsNoWholeNumberIsNamedBeforeAnyBackendIsAsked() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/products?limit=many", null, null);

        assertProblem(response, 400, "validation-failed");
        assertThat(response.body()).contains("\"field\":\"limit\"");
    }

    @Test
    void theProductEndpointsAreDocumentedInOpenApi() throws Exception {
        String openapi = get("/openapi", "application/yaml").body();

        assertThat(openapi).contains("/api/v1/stores/{id}/products:", "/api/v1/products:", "/api/v1/products/{id}:",
                "/api/v1/products/{id}/stock:", "NewProduct", "ProductChanges", "StockCount", "ProductPage", "Money");
    }

    @Test
    void theWalletNeedsAnAccessToken() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/v1/wallet", null, null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        assertProblem(send("POST", "/api/v1/wallet/top-ups", "{\"amount\": {\"amount\": 500, \"currency\": \"EUR\"}}",
                null), 401, "token-invalid");
        assertProblem(send("POST", "/api/v1/wallet/top-ups", "{}", "not-a-jwt"), 401, "token-invalid");
    }

    @Test
    void theWalletEndpointsAreDocumentedInOpenApi() throws Exception {
        String openapi = get("/openapi", "application/yaml").body();

        assertThat(openapi).contains("/api/v1/wallet:", "/api/v1/wallet/top-ups:", "TopUpRequest", "Wallet", "Money",
                "Idempotency-Key");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://bazaar.dev/problems/" + code + "\"");
    }

    private static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + httpPort() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void statusReportsUnreachableBackendsAsDownWithinTheDeadline() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> status = get("/api/v1/status", "application/json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).isEqualTo(
                "{\"services\":{\"auth\":\"DOWN\",\"store\":\"DOWN\",\"order\":\"DOWN\",\"payment\":\"DOWN\"}}");
        // The probes run concurrently, each bounded by the 1 s probe deadline.
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }
}
