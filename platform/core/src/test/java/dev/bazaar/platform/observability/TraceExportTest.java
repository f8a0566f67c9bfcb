package dev.bazaar.platform.observability;

import com.sun.net.httpserver.HttpServer;
import dev.bazaar.platform.testapp.TestServiceProcess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces leave the process over OTLP only when an endpoint is configured (docs/decisions/0017): the
 * server span of a request continues the caller's trace and names the route and the service; with
 * no endpoint nothing is sent; with an endpoint where nothing listens requests are served as usual
 * and the log says so once. Requests are also timed per route in a Prometheus histogram.
 */
class TraceExportTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRequestsServerSpanIsExportedInTheCallersTraceAndTimedPerRoute() throws Exception {
        List<ExportTraceServiceRequest> received = new CopyOnWriteArrayList<>();
        HttpServer collector = collector(received);
        try (TestServiceProcess service = TestServiceProcess.start(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.getAddress().getPort(),
                "OTEL_BSP_SCHEDULE_DELAY", "50"))) {
            assertThat(send(service, "/slow?millis=1", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")).isEqualTo(200);

            Span span = awaitSpan(received, TRACE_ID);
            assertThat(span.getName()).isEqualTo("GET /slow");
            assertThat(span.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
            assertThat(HexFormat.of().formatHex(span.getParentSpanId().toByteArray())).isEqualTo(CALLER_SPAN);
            assertThat(attribute(span, "http.route")).isEqualTo("/slow");
            assertThat(attribute(span, "http.response.status_code")).isEqualTo("200");
            assertThat(received.getFirst().getResourceSpans(0).getResource().getAttributesList())
                    .anySatisfy(kv -> {
                        assertThat(kv.getKey()).isEqualTo("service.name");
                        assertThat(kv.getValue().getStringValue()).isEqualTo("platform-test-service");
                    });
            assertThat(service.output()).contains("Traces are exported over OTLP to http://127.0.0.1:");

            String metrics = HTTP.send(HttpRequest.newBuilder(service.request("/metrics"), (name, value) -> true)
                    .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).containsPattern(
                    "http_server_request_duration_seconds_bucket\\{[^}]*method=\"GET\"[^}]*route=\"/slow\"[^}]*status=\"200\"");
            assertThat(metrics).as("buckets, not client-side quantiles")
                    .doesNotContainPattern("http_server_request_duration_seconds\\{[^}]*quantile=");
        } finally {
            collector.stop(0);
        }
    }

    @Test
    void withoutAnEndpointNothingIsExported() throws Exception {
        try (TestServiceProcess service = TestServiceProcess.start(Map.of())) {
            assertThat(send(service, "/slow?millis=1", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")).isEqualTo(200);
            assertThat(service.output()).contains("Traces are not exported (no OTEL_EXPORTER_OTLP_ENDPOINT)");
        }
    }

    @Test
    void aCollectorThatDoesNotAnswerCostsOneWarningAndNoFailedRequest() throws Exception {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        try (TestServiceProcess service = TestServiceProcess.start(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + nothingListens,
                "OTEL_BSP_SCHEDULE_DELAY", "50"))) {
            for (int i = 0; i < 5; i++) {
                assertThat(send(service, "/slow?millis=1", null)).isEqualTo(200);
                Thread.sleep(200);
            }
            // the exporter retries a refused export with back-off (about 8 s) before it gives up
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!service.output().contains("Trace export to") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(2000); // and no second line for the batches after it
            List<String> lines = service.output().lines().toList();
            assertThat(lines).filteredOn(line -> line.contains("Trace export to")).singleElement()
                    .satisfies(line -> assertThat(line).contains("WARN").contains("The service is not affected"));
            assertThat(lines).noneMatch(line -> line.contains("ERROR"));
        }
    }

    private static int send(TestServiceProcess service, String path, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.request(path), (name, value) -> true);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpServer collector(List<ExportTraceServiceRequest> received) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/v1/traces", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                received.add(ExportTraceServiceRequest.parseFrom(body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        return server;
    }

    private static Span awaitSpan(List<ExportTraceServiceRequest> received, String traceId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (ExportTraceServiceRequest request : received) {
                for (var resource : request.getResourceSpansList()) {
                    for (var scope : resource.getScopeSpansList()) {
                        for (Span span : scope.getSpansList()) {
                            if (HexFormat.of().formatHex(span.getTraceId().toByteArray()).equals(traceId)) {
                                return span;
                            }
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span of trace " + traceId + " exported in 10 s; received " + received.size() + " requests");
    }

    private static String attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(kv -> kv.getKey().equals(key)).findFirst()
                .map(kv -> kv.getValue().hasIntValue() ? Long.toString(kv.getValue().getIntValue()) : kv.getValue().getStringValue())
                .orElse(null);
    }
}
