package dev.bazaar.bff.application.port.out;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Order status changes as they happen (order-service's {@code OrderStatusChanged} events), for
 * whoever is watching an order right now. A live tap, not a durable consumer: a change is seen
 * only by subscriptions open when it arrives, and may be missed altogether (broker away, BFF
 * restarted); callers that must not miss one read the order as well.
 */
public interface OrderStatusFeed {

    /** The order moved to {@code status}; reason and reasonCode only for REJECTED and CANCELLED. */
    record StatusChange(String orderId, String status, String reason, String reasonCode, Instant occurredAt) {
    }

    /** A subscription; close it when the watcher goes away. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Calls {@code listener} (on the feed's own thread: hand over, do not block) for each change of the order. */
    Subscription subscribe(String orderId, Consumer<StatusChange> listener);
}
