package dev.bazaar.bff.adapter.out.messaging;

import dev.bazaar.bff.application.port.out.OrderStatusFeed;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * order-service's {@code OrderStatusChanged} events from {@code shop.order.events}, handed to the
 * watchers of each order (docs/decisions/0015). Every BFF instance reads every partition itself
 * ({@link TopicTail}): it wants the changes from now on, for whoever watches on this instance (no
 * inbox, no database: a missed change is made good by the watcher reading the order again). Events
 * of orders nobody watches are skipped unread.
 */
@ApplicationScoped
public class KafkaOrderStatusFeed implements OrderStatusFeed {

    static final String TOPIC = "shop.order.events";
    static final String EVENT_TYPE = "OrderStatusChanged";
    private static final Logger LOG = Logger.getLogger(KafkaOrderStatusFeed.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Set<Consumer<StatusChange>>> watchers = new ConcurrentHashMap<>();
    private final TopicTail tail;

    @Inject
    public KafkaOrderStatusFeed(@ConfigProperty(name = "bazaar.kafka.bootstrap-servers") String bootstrapServers) {
        this.tail = new TopicTail(bootstrapServers, TOPIC, "web-bff-order-status", this::deliver);
    }

    /** Starts reading when the application starts, so that changes reach watchers from the first request on. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    /** Starts the reading thread (idempotent). */
    public void start() {
        tail.start();
    }

    @Override
    public Subscription subscribe(String orderId, Consumer<StatusChange> listener) {
        watchers.computeIfAbsent(orderId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> watchers.computeIfPresent(orderId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether every partition of the topic is assigned and positioned (for tests: changes from now on arrive). */
    public boolean isReading() {
        return tail.isReading();
    }

    private void deliver(ConsumerRecord<String, String> record) {
        Set<Consumer<StatusChange>> listeners = record.key() == null ? null : watchers.get(record.key());
        if (listeners == null || !EVENT_TYPE.equals(TopicTail.header(record, "eventType"))) {
            return;
        }
        StatusChange change = parse(record);
        if (change == null || !record.key().equals(change.orderId())) {
            return;
        }
        listeners.forEach(listener -> listener.accept(change));
    }

    /** A payload this reader cannot use is skipped: watchers read the order again anyway. */
    private static StatusChange parse(ConsumerRecord<String, String> record) {
        try {
            Payload payload = JSON.fromJson(record.value(), Payload.class);
            if (payload == null || payload.orderId() == null || payload.toStatus() == null) {
                throw new IllegalArgumentException("no orderId or toStatus");
            }
            Instant at = payload.occurredAt() == null ? null : Instant.parse(payload.occurredAt());
            return new StatusChange(payload.orderId(), payload.toStatus(), payload.reason(), payload.reasonCode(), at);
        } catch (JsonbException | DateTimeParseException | IllegalArgumentException e) {
            LOG.warning(() -> "skipping an unreadable " + EVENT_TYPE + " at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage());
            return null;
        }
    }

    @PreDestroy
    void stop() {
        tail.close();
    }

    /** The fields of OrderStatusChanged (api/events) this reader uses; others are ignored. */
    public record Payload(String orderId, String toStatus, String reason, String reasonCode, String occurredAt) {
    }
}
