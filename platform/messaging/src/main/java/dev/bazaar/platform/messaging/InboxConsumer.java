package dev.bazaar.platform.messaging;

import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.observability.OutcomeLog;
import dev.bazaar.platform.observability.TraceIds;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles a Kafka message exactly once in effect. A service's {@code @Incoming} method hands each
 * message here with its handler:
 *
 * <pre>{@code
 * @Incoming("user-events")
 * public CompletionStage<Void> onUserEvent(Message<String> message) {
 *     return inbox.consume("store.user-copy", message, event -> ...);
 * }
 * }</pre>
 *
 * The handler runs on a virtual thread (it may block on the database) in a new transaction that
 * also claims the message id in the inbox; a redelivered message is acknowledged without running
 * the handler again. The message is acknowledged (its offset committed) only after that
 * transaction commits. A failing handler is retried with exponential back-off; a message that
 * still fails, or is poison, is nacked, which the channel's {@code dead-letter-queue} failure
 * strategy turns into a record on {@code <topic>.dlq} with the error in its headers, and
 * consumption goes on. The consumer span continues the producer's trace ({@code traceparent}).
 *
 * <p>Each message is logged once (topic, offset, type, id, consumer, outcome, duration, with the
 * trace and span ids), counted in {@code messaging_messages_consumed_total{consumer,outcome}},
 * timed in {@code messaging_process_duration_seconds{consumer,outcome}}, and its age at handling
 * (now minus the Kafka record's timestamp, which the relay sets when it reads the row from the
 * binlog) goes into {@code messaging_event_age_seconds{consumer}}: how late events arrive after the
 * relay picked them up (publishing, Kafka, this consumer's backlog).
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger("dev.bazaar.messaging.consumed");
    static final String CONSUMED = "messaging_messages_consumed_total";
    static final String DURATION = "messaging_process_duration_seconds";
    static final String AGE = "messaging_event_age_seconds";
    private static final Metadata DURATION_METADATA = Metadata.builder().withName(DURATION)
            .withDescription("Time to handle a consumed message (retries included), by consumer and outcome")
            .withUnit(MetricUnits.SECONDS).build();
    private static final Metadata AGE_METADATA = Metadata.builder().withName(AGE)
            .withDescription("Time from the relay picking the event up (the Kafka record's timestamp) to its handling,"
                    + " by consumer")
            .withUnit(MetricUnits.SECONDS).build();

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            return header(carrier, key);
        }
    };

    private final InboxTransaction transaction;
    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final MetricRegistry metrics;
    private final RetryPolicy<Object> retryPolicy;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Inject
    InboxConsumer(InboxTransaction transaction,
                  OpenTelemetry openTelemetry,
                  Tracer tracer,
                  MetricRegistry metrics,
                  @ConfigProperty(name = "bazaar.messaging.max-attempts", defaultValue = "5") int maxAttempts,
                  @ConfigProperty(name = "bazaar.messaging.first-backoff", defaultValue = "PT0.1S") Duration firstBackoff,
                  @ConfigProperty(name = "bazaar.messaging.max-backoff", defaultValue = "PT5S") Duration maxBackoff) {
        this.transaction = transaction;
        this.openTelemetry = openTelemetry;
        this.tracer = tracer;
        this.metrics = metrics;
        this.retryPolicy = RetryPolicy.builder()
                .abortOn(PoisonMessageException.class)
                .withBackoff(firstBackoff, maxBackoff)
                .withMaxAttempts(maxAttempts)
                .onRetry(retry -> LOG.log(Level.WARNING, "Handling failed (attempt " + retry.getAttemptCount()
                        + "), retrying: " + retry.getLastException()))
                .build();
    }

    /** Handles the message once in effect; the returned stage completes after ack or nack. */
    public CompletionStage<Void> consume(String consumer, Message<String> message, EventHandler handler) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka message: " + message));
        Headers headers = kafka.getHeaders();
        Context parent = openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, HEADERS);
        String type = header(headers, "eventType");
        return CompletableFuture.supplyAsync(() -> {
            Span span = tracer.spanBuilder("process " + (type == null ? kafka.getTopic() : type))
                    .setParent(parent)
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.destination.name", kafka.getTopic())
                    .setAttribute("messaging.destination.partition.id", Integer.toString(kafka.getPartition()))
                    .setAttribute("messaging.kafka.offset", kafka.getOffset())
                    .setAttribute("messaging.consumer.group.name", consumer)
                    .setAttribute("messaging.message.id", String.valueOf(header(headers, "id")))
                    // the aggregate's id (an order's for the saga): how an SRE finds an order's trace
                    .setAttribute("messaging.kafka.message.key", String.valueOf(kafka.getKey()))
                    .setAttribute("bazaar.event.type", String.valueOf(type))
                    .startSpan();
            try (Scope ignored = span.makeCurrent()) {
                TraceIds.putInLogContext(span);
                return handle(consumer, message, kafka, headers, handler, span);
            } finally {
                span.end();
                TraceIds.clearLogContext();
            }
        }, executor).thenCompose(outcome -> outcome);
    }

    private CompletionStage<Void> handle(String consumer, Message<String> message, IncomingKafkaRecordMetadata<?, ?> kafka,
                                         Headers headers, EventHandler handler, Span span) {
        long started = System.nanoTime();
        String where = kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset();
        String type = String.valueOf(header(headers, "eventType"));
        String id = String.valueOf(header(headers, "id"));
        if (kafka.getTimestamp() != null && kafka.getTimestamp().toEpochMilli() > 0) {
            metrics.timer(AGE_METADATA, new Tag("consumer", consumer)).update(
                    Duration.ofMillis(Math.max(0, System.currentTimeMillis() - kafka.getTimestamp().toEpochMilli())));
        }
        try {
            InboundEvent event = event(message, kafka, headers);
            boolean handled = Failsafe.with(retryPolicy).get(() -> transaction.handleOnce(consumer, event, handler));
            String outcome = handled ? "handled" : "duplicate";
            finished(consumer, outcome, where, type, id, kafka, started, null);
            return message.ack();
        } catch (Exception e) {
            Throwable cause = e instanceof dev.failsafe.FailsafeException && e.getCause() != null ? e.getCause() : e;
            span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
            span.recordException(cause);
            finished(consumer, "dead-lettered", where, type, id, kafka, started, cause);
            return message.nack(cause);
        }
    }

    /** Counts, times and logs the message once. */
    private void finished(String consumer, String outcome, String where, String type, String id,
                          IncomingKafkaRecordMetadata<?, ?> kafka, long started, Throwable error) {
        long nanos = System.nanoTime() - started;
        metrics.counter(CONSUMED, new Tag("consumer", consumer), new Tag("outcome", outcome)).inc();
        metrics.timer(DURATION_METADATA, new Tag("consumer", consumer), new Tag("outcome", outcome)).update(Duration.ofNanos(nanos));
        Map<String, String> fields = Map.of(
                "messaging.destination.name", kafka.getTopic(),
                "messaging.consumer.group.name", consumer,
                "messaging.message.id", id,
                "messaging.kafka.message.key", String.valueOf(kafka.getKey()),
                "event.action", type,
                "event.duration", Long.toString(nanos),
                "event.outcome", OutcomeLog.outcome(error == null));
        if (error == null) {
            OutcomeLog.log(LOG, Level.INFO, () -> "consumed " + where + " " + type + " " + id + " by " + consumer
                    + " " + outcome + " " + nanos / 1_000_000 + "ms", fields, null);
        } else {
            OutcomeLog.log(LOG, Level.SEVERE, () -> "consumed " + where + " " + type + " " + id + " by " + consumer
                    + " failed for good; to the dead-letter topic", fields, error);
        }
    }

    private static InboundEvent event(Message<String> message, IncomingKafkaRecordMetadata<?, ?> kafka, Headers headers) {
        String id = header(headers, "id");
        String type = header(headers, "eventType");
        if (id == null || type == null) {
            throw new PoisonMessageException("message without id or eventType header at " + kafka.getTopic()
                    + "-" + kafka.getPartition() + "@" + kafka.getOffset());
        }
        String version = header(headers, "schemaVersion");
        int schemaVersion;
        try {
            schemaVersion = version == null ? 1 : Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new PoisonMessageException("schemaVersion header is not a number: " + version, e);
        }
        Object key = kafka.getKey();
        return new InboundEvent(id, type, key == null ? null : key.toString(), message.getPayload(), kafka.getTopic(),
                schemaVersion);
    }

    /** A header's value as text; Debezium's EventRouter may wrap string headers in JSON quotes. */
    static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
