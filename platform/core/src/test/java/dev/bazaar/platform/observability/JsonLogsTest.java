package dev.bazaar.platform.observability;

import dev.bazaar.platform.testapp.TestServiceProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code LOG_FORMAT=json} (as in Kubernetes) every console line is one JSON object, and the
 * request's line carries the trace id the caller sent in {@code traceparent}.
 */
class JsonLogsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void everyLineIsJsonAndRequestLinesCarryTheCallersTraceId() throws Exception {
        try (TestServiceProcess service = TestServiceProcess.start(Map.of("LOG_FORMAT", "json", "OTEL_SERVICE_NAME", "json-test"))) {
            var request = java.net.http.HttpRequest.newBuilder(service.request("/slow?millis=1").uri())
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .build();
            assertThat(java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            service.process().destroy();
            assertThat(service.process().waitFor(20, TimeUnit.SECONDS)).isTrue();

            List<String> lines = service.output().lines().filter(line -> !line.isBlank()).toList();
            List<JsonObject> events = lines.stream()
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .toList();
            assertThat(events).isNotEmpty().allSatisfy(event -> {
                assertThat(event.getString("log.level")).isNotBlank();
                assertThat(event.getString("service.name")).isEqualTo("json-test");
            });
            assertThat(events).filteredOn(event -> event.getString("message").startsWith("GET /slow"))
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getString("trace.id")).isEqualTo(TRACE_ID);
                        assertThat(event.getString("span.id")).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
                    });
        }
    }
}
