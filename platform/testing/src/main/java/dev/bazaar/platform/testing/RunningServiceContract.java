package dev.bazaar.platform.testing;

import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.health.ReadinessChecks;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every running Bazaar service must offer SREs and callers, checked against the service
 * started for real (with its real database): health at {@code /healthz}, Prometheus metrics, an
 * OpenAPI document, problem+json for unknown paths, its schema migrated, and, for services with a
 * gRPC server, reflection and the standard health service. A service's test extends this class.
 *
 * <p>The service is started with Helidon's {@link Server} API rather than {@code @HelidonTest}:
 * Helidon 4.2's JUnit extension does not start the container for test methods inherited from a
 * base class, and this contract is exactly such a base class.
 */
public abstract class RunningServiceContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Server server;

    /** The service's own gRPC services that reflection must list (empty for none). */
    protected abstract List<String> expectedGrpcServices();

    /** Whether the service owns a database (and so reports it in readiness). */
    protected boolean ownsDatabase() {
        return true;
    }

    /**
     * Starts the service of the test's module in this JVM, as {@code java -jar} would: CDI, its
     * configuration, its database migrated, HTTP and gRPC servers on random ports.
     */
    @BeforeAll
    static void startService() {
        server = Server.builder().build().start();
    }

    @AfterAll
    static void stopService() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    protected static <T> T bean(Class<T> type, Annotation... qualifiers) {
        return CDI.current().select(type, qualifiers).get();
    }

    protected static int httpPort() {
        return server.port();
    }

    protected static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isLiveAndReady() throws Exception {
        assertThat(get("/healthz/live", "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/healthz/ready", "application/json");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"lifecycle\"").contains("\"grpc\"");
        if (ownsDatabase()) {
            assertThat(ready.body()).contains("\"database\"").doesNotContain("\"database\":\"none\"");
        }
    }

    @Test
    void migratesItsOwnSchemaAtStart() throws Exception {
        if (!ownsDatabase()) {
            return;
        }
        String schema = ConfigProvider.getConfig().getValue("bazaar.db.name", String.class);
        DataSource dataSource = bean(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE));
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(schema, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).contains("flyway_platform_history", "flyway_schema_history", "outbox", "inbox");
    }

    @Test
    void servesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/metrics", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("jvm_");
    }

    @Test
    void publishesOpenApi() throws Exception {
        HttpResponse<String> openapi = get("/openapi", "application/yaml");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).containsPattern("(?m)^openapi: 3\\.");
    }

    @Test
    void answersUnknownPathsWithProblemJson() throws Exception {
        HttpResponse<String> response = get("/no/such/path", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").contains("https://bazaar.dev/problems/");
    }

    @Test
    void listsItsGrpcServicesByReflection() throws Exception {
        GrpcServer grpcServer = bean(GrpcServer.class);
        if (!grpcServer.isEnabled()) {
            assertThat(expectedGrpcServices()).isEmpty();
            return;
        }
        assertThat(GrpcReflection.listServices("127.0.0.1", grpcServer.port()))
                .contains("grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection")
                .containsAll(expectedGrpcServices());
    }
}
