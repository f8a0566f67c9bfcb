package dev.bazaar.platform.events;

/**
 * The port through which application code publishes events: "record this event". It must be
 * called inside the transaction that changes the aggregate; the event is then published if and
 * only if that transaction commits.
 */
public interface Outbox {

    /**
     * Records the event in the current transaction.
     *
     * @return the event's message id (a UUID), which consumers use to recognise redeliveries
     * @throws IllegalStateException when called outside a transaction
     */
    String record(OutboxEvent event);
}
