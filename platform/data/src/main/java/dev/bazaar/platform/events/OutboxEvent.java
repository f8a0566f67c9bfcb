package dev.bazaar.platform.events;

import java.util.Objects;

/**
 * An event a service publishes about one of its aggregates, to be written to its outbox in the
 * transaction that changes the aggregate. The relay routes it to {@code shop.<aggregateType>.events}
 * with {@code aggregateId} as the Kafka key (so one aggregate's events stay in order).
 *
 * @param aggregateType the aggregate's kind, e.g. {@code user} (see api/events/README.md)
 * @param aggregateId   the aggregate's id
 * @param type          the event type, e.g. {@code UserRegistered}; its schema is api/events/&lt;type&gt;.schema.json
 * @param payload       the event body, serialized to JSON as its schema describes (a record)
 * @param schemaVersion the payload's schema version
 */
public record OutboxEvent(String aggregateType, String aggregateId, String type, Object payload, int schemaVersion) {

    public OutboxEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static OutboxEvent of(String aggregateType, String aggregateId, String type, Object payload) {
        return new OutboxEvent(aggregateType, aggregateId, type, payload, 1);
    }
}
