package dev.bazaar.e2e;

import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.platform.testing.GrpcReflection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five services running as separate processes, as {@code ./shop up} runs them: every one
 * serves health, metrics and OpenAPI; every backend answers gRPC reflection and health; the BFF
 * sees all backends UP, sees a killed backend DOWN within its probe deadline while everything
 * else keeps working, and sees it UP again once it is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeShopTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Shop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
    }


    @Test
    @Order(1)
    void theBffSeesEveryBackendUp() throws Exception {
        assertThat(status()).isEqualTo(allUpExcept(null));
    }

    @Test
    @Order(2)
    void everyServiceServesHealthMetricsAndOpenApi() throws Exception {
        for (Map.Entry<String, ServiceProcess> service : shop.all().entrySet()) {
            URI base = service.getValue().baseUri();
            assertThat(get(base, "/healthz/ready", "application/json").statusCode()).as(service.getKey()).isEqualTo(200);
            HttpResponse<String> metrics = get(base, "/metrics", "text/plain");
            assertThat(metrics.statusCode()).as(service.getKey()).isEqualTo(200);
            assertThat(metrics.body()).as(service.getKey()).contains("# TYPE");
            assertThat(get(base, "/openapi", "application/yaml").body()).as(service.getKey()).contains("openapi: 3");
        }
    }

    @Test
    @Order(3)
    void everyBackendAnswersGrpcReflectionAndHealth() throws Exception {
        for (String backend : Shop.BACKENDS) {
            assertThat(GrpcReflection.listServices("127.0.0.1", shop.grpcPort(backend))).as(backend)
                    .contains("grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection");
        }
    }

    @Test
    @Order(4)
    void aKilledBackendShowsDownWithinItsDeadlineAndUpWhenItIsBack() throws Exception {
        ServiceProcess store = shop.service("store");
        store.kill(); // SIGKILL: no goodbye, the BFF must notice by itself

        try {
            Instant killed = Instant.now();
            Map<String, String> status = awaitStatus(allUpExcept("store"), Duration.ofSeconds(10));
            assertThat(status).isEqualTo(allUpExcept("store"));
            assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(3));
            assertThat(get(shop.bff().baseUri(), "/healthz/ready", "application/json").statusCode())
                    .as("the BFF stays ready while a backend is down").isEqualTo(200);
        } finally {
            // the shop is shared by every test class: it must be whole again whatever failed
            store.start().awaitReady(Duration.ofSeconds(120));
        }
        assertThat(awaitStatus(allUpExcept(null), Duration.ofSeconds(10))).isEqualTo(allUpExcept(null));
    }

    private static Map<String, String> allUpExcept(String down) {
        var expected = new java.util.LinkedHashMap<String, String>();
        Shop.BACKENDS.forEach(backend -> expected.put(backend, backend.equals(down) ? "DOWN" : "UP"));
        return expected;
    }

    private static Map<String, String> awaitStatus(Map<String, String> expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> status = status();
        while (!status.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = status();
        }
        return status;
    }

    /** {@code GET /api/v1/status} of the BFF, as backend name to UP/DOWN. */
    private static Map<String, String> status() throws Exception {
        HttpResponse<String> response = get(shop.bff().baseUri(), "/api/v1/status", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        var services = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .readObject().getJsonObject("services");
        var status = new java.util.LinkedHashMap<String, String>();
        services.forEach((name, value) -> status.put(name, ((jakarta.json.JsonString) value).getString()));
        return status;
    }

    private static HttpResponse<String> get(URI base, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(10))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
