package dev.bazaar.relay;

import io.debezium.DebeziumException;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.source.SourceRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes each batch of transformed outbox records to Kafka and only then lets the engine
 * record their binlog positions: a position is committed only for records Kafka has acknowledged
 * ({@code acks=all}), so a crash at any moment replays from before the first unacknowledged event
 * and loses none (at-least-once; consumers drop the replayed duplicates by message id).
 *
 * <p>The producer is idempotent, so its own retries never duplicate or reorder events of one
 * partition. One publisher serves one engine run: a restarted engine gets a fresh producer.
 *
 * <p>Each event is a producer span, child of the span that wrote the outbox row (its
 * {@code traceparent} header), from the moment the relay has it until Kafka acknowledges it; the
 * record then carries the relay span's {@code traceparent}, so the consumer's span is its child and
 * the trace shows the relay hop (docs/decisions/0017). Where Kafka Connect relays instead (Kubernetes),
 * the header is the writer's as is, and the consumer's span is the writer's child.
 */
final class OutboxPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>>, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());

    /** The binlog position's commit time in the source offset (seconds; MariaDB's binlog has no finer). */
    private static final String SOURCE_TIMESTAMP_SECONDS = "ts_sec";

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier.lastHeader(key);
            if (header == null || header.value() == null) {
                return null;
            }
            String value = new String(header.value(), StandardCharsets.UTF_8);
            // the header converter may have quoted a string value
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
        }
    };

    private final WireFormat wireFormat;
    private final Producer<byte[], byte[]> producer;
    private final RelayListener listener;
    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;

    OutboxPublisher(Map<String, String> engineConfig, RelayListener listener, OpenTelemetry openTelemetry) {
        this.wireFormat = WireFormat.from(engineConfig);
        this.producer = new KafkaProducer<>(producerConfig(engineConfig.get("bootstrap.servers"), engineConfig.get("name")));
        this.listener = listener;
        this.openTelemetry = openTelemetry;
        this.tracer = openTelemetry.getTracer("dev.bazaar.relay");
    }

    static Map<String, Object> producerConfig(String bootstrapServers, String clientId) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                // Every batch waits for its acknowledgements: lingering would only add latency.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> events,
                            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        List<Span> spans = new ArrayList<>(events.size());
        try {
            for (RecordChangeEvent<SourceRecord> event : events) {
                ProducerRecord<byte[], byte[]> record = wireFormat.toProducerRecord(event.record());
                if (LOG.isLoggable(Level.FINE)) {
                    // Ids and type only: payloads may hold personal data and are never logged.
                    LOG.fine("Relaying " + header(record, "eventType") + " id " + header(record, "id") + " to " + record.topic());
                }
                spans.add(traced(record));
                acks.add(producer.send(record));
            }
            for (int i = 0; i < acks.size(); i++) {
                RecordMetadata ack = acks.get(i).get();
                spans.get(i).setAttribute("messaging.destination.partition.id", Integer.toString(ack.partition()));
                spans.get(i).setAttribute("messaging.kafka.offset", ack.offset());
            }
        } catch (ExecutionException e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, String.valueOf(e.getCause())));
            // Nothing of this batch is marked: the engine stops, the restarted one re-reads it.
            throw new DebeziumException("Kafka did not acknowledge an outbox event", e.getCause());
        } catch (RuntimeException e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, String.valueOf(e)));
            throw new DebeziumException("Cannot publish an outbox event", e);
        } finally {
            spans.forEach(Span::end);
        }
        for (RecordChangeEvent<SourceRecord> event : events) {
            committer.markProcessed(event);
            SourceRecord record = event.record();
            listener.relayed(record.topic(), committedAt(record));
        }
        committer.markBatchFinished();
    }

    /**
     * Starts the event's producer span as a child of the outbox row's {@code traceparent} and puts the
     * span's own {@code traceparent} on the record. A row without one (written outside any trace) is
     * relayed without a span: a trace starts where work enters a service.
     */
    private Span traced(ProducerRecord<byte[], byte[]> record) {
        Context parent = openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), record.headers(), HEADERS);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return Span.getInvalid();
        }
        String type = header(record, "eventType");
        Span span = tracer.spanBuilder("send " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", header(record, "id"))
                .setAttribute("messaging.kafka.message.key", record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8))
                .setAttribute("bazaar.event.type", type)
                .startSpan();
        if (span.getSpanContext().isValid()) {
            record.headers().remove(TRACEPARENT);
            openTelemetry.getPropagators().getTextMapPropagator().inject(Context.root().with(span), record.headers(),
                    (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
        }
        return span;
    }

    /** Sends what is queued, then closes the producer. */
    @Override
    public void close() {
        try {
            producer.flush();
        } catch (RuntimeException e) {
            LOG.warning("Producer flush failed: " + e);
        } finally {
            producer.close(Duration.ofSeconds(10));
            wireFormat.close();
        }
    }

    private static Instant committedAt(SourceRecord record) {
        Map<String, ?> offset = record.sourceOffset();
        return offset != null && offset.get(SOURCE_TIMESTAMP_SECONDS) instanceof Number seconds
                ? Instant.ofEpochSecond(seconds.longValue())
                : Instant.now();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
