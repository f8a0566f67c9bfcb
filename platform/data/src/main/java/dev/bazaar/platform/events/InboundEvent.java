package dev.bazaar.platform.events;

/**
 * An event as a consumer receives it from Kafka.
 *
 * @param messageId     the producer's message id (the outbox row id): the key of the inbox
 * @param type          the event type header, e.g. {@code UserRegistered}
 * @param aggregateId   the Kafka key
 * @param payload       the JSON body
 * @param topic         where it came from
 * @param schemaVersion the payload's schema version
 */
public record InboundEvent(String messageId, String type, String aggregateId, String payload, String topic,
                           int schemaVersion) {
}
