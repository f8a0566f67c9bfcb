package dev.bazaar.platform.testing;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.health.ReadinessChecks;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    private static ManagedChannel channel;

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
        synchronized (RunningServiceContract.class) {
            if (channel != null) {
                channel.shutdownNow();
                channel = null;
            }
        }
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

    /** A plaintext channel to the service's gRPC port, closed when the service stops. */
    protected static synchronized ManagedChannel grpcChannel() {
        if (channel == null) {
            channel = NettyChannelBuilder.forAddress("127.0.0.1", bean(GrpcServer.class).port()).usePlaintext().build();
        }
        return channel;
    }

    /** The stub with a 10 s deadline and, unless null, the access token as a bearer credential. */
    protected static <S extends AbstractStub<S>> S as(String accessToken, S stub) {
        S withDeadline = stub.withDeadlineAfter(10, TimeUnit.SECONDS);
        if (accessToken == null) {
            return withDeadline;
        }
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + accessToken);
        return withDeadline.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** The application error a gRPC call failed with; fails the test if it did not fail so. */
    protected static ApplicationException grpcFailure(Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        return GrpcErrors.fromStatusException(e).orElseThrow(() -> new AssertionError("no application error in " + e));
    }

    /** The status code a gRPC call failed with; fails the test if it did not fail. */
    protected static Status.Code grpcStatus(Executable call) {
        return assertThrows(StatusRuntimeException.class, call).getStatus().getCode();
    }

    /** The first column of every row the query returns, as text, from the service's own schema. */
    public static List<String> query(String sql, Object... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** Runs an INSERT, UPDATE or DELETE on the service's own schema; returns the rows changed. */
    public static int update(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static DataSource dataSource() {
        return bean(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE));
    }

    /** Waits up to 30 s for the condition (asynchronous effects: consumers, jobs). */
    protected static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
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
        DataSource dataSource = dataSource();
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
