package dev.bazaar.platform.testing;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A tiny OpenTelemetry collector in the test JVM: an OTLP/HTTP receiver ({@code POST /v1/traces},
 * protobuf, optionally gzip) that keeps every span it is sent. Point a service at it with
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT=}{@link #endpoint()} (and a short
 * {@code OTEL_BSP_SCHEDULE_DELAY}), then assert on the spans: no Jaeger needed to test a trace's shape.
 * Keeps at most {@value #MAX_SPANS} spans (the oldest are dropped).
 */
public final class OtlpReceiver implements AutoCloseable {

    static final int MAX_SPANS = 200_000;

    /** One received span, flattened: ids in lower-case hex, attributes as text. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               String kind, Map<String, String> attributes, boolean error,
                               long startNanos, long endNanos) {

        public boolean isRoot() {
            return parentSpanId.isEmpty();
        }

        public String attribute(String key) {
            return attributes.get(key);
        }

        public Duration duration() {
            return Duration.ofNanos(endNanos - startNanos);
        }

        @Override
        public String toString() {
            return service + " " + kind + " '" + name + "' " + spanId + (isRoot() ? " (root)" : " <- " + parentSpanId);
        }
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new ArrayList<>();
    private int requests;

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free loopback port. */
    public static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", receiver::receive);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "otlp-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return receiver;
    }

    /** The value for {@code OTEL_EXPORTER_OTLP_ENDPOINT}: the exporter appends {@code /v1/traces}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** Export requests received so far. */
    public synchronized int requests() {
        return requests;
    }

    public synchronized List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /**
     * Waits until the spans received satisfy {@code complete} (exporters send in batches, a few
     * hundred milliseconds apart), then returns them; returns what there is at the timeout.
     */
    public List<ReceivedSpan> await(Predicate<List<ReceivedSpan>> complete, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!complete.test(List.copyOf(spans))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, Math.min(left / 1_000_000, 200)));
            }
            return List.copyOf(spans);
        }
    }

    /** Waits until the trace satisfies {@code complete} and returns its spans (what there is at the timeout). */
    public List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete, Duration timeout)
            throws InterruptedException {
        Predicate<List<ReceivedSpan>> ofTrace = all -> complete.test(all.stream().filter(s -> s.traceId().equals(traceId)).toList());
        return await(ofTrace, timeout).stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            List<ReceivedSpan> received = new ArrayList<>();
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = text(attributes(resource.getResource().getAttributesList()).get("service.name"));
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        Map<String, String> attributes = new HashMap<>();
                        attributes(span.getAttributesList()).forEach((key, value) -> attributes.put(key, text(value)));
                        received.add(new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
                                hex(span.getParentSpanId()), span.getName(), kind(span.getKind()), Map.copyOf(attributes),
                                span.getStatus().getCode() == io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR,
                                span.getStartTimeUnixNano(), span.getEndTimeUnixNano()));
                    }
                }
            }
            synchronized (this) {
                requests++;
                spans.addAll(received);
                if (spans.size() > MAX_SPANS) {
                    spans.subList(0, spans.size() - MAX_SPANS).clear();
                }
                notifyAll();
            }
            byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            }
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private static Map<String, AnyValue> attributes(List<KeyValue> pairs) {
        Map<String, AnyValue> map = new HashMap<>();
        pairs.forEach(pair -> map.put(pair.getKey(), pair.getValue()));
        return map;
    }

    private static String text(AnyValue value) {
        if (value == null) {
            return "";
        }
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    private static String kind(Span.SpanKind kind) {
        return switch (kind) {
            case SPAN_KIND_SERVER -> "SERVER";
            case SPAN_KIND_CLIENT -> "CLIENT";
            case SPAN_KIND_PRODUCER -> "PRODUCER";
            case SPAN_KIND_CONSUMER -> "CONSUMER";
            default -> "INTERNAL";
        };
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
