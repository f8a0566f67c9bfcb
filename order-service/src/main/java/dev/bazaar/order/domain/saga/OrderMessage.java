package dev.bazaar.order.domain.saga;

/**
 * What the order's saga sends: an event about the order ({@link OrderEvent}) or a command to
 * another service ({@link SagaCommand}). Each is a record whose shape is
 * {@code api/events/<SimpleName>.schema.json}; the outbox serializes it as it is.
 */
public sealed interface OrderMessage permits OrderEvent, SagaCommand {

    String orderId();
}
