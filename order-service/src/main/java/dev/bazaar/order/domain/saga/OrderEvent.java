package dev.bazaar.order.domain.saga;

import java.time.Instant;
import java.util.List;

/** Events about an order, published on {@code shop.order.events}. */
public sealed interface OrderEvent extends OrderMessage {

    /** A line as the order events carry it (the OrderPlaced schema's OrderLine). */
    record Line(String productId, String storeId, String sku, String productName, int quantity,
                MoneyAmount unitPrice, MoneyAmount lineTotal) {
    }

    /** Money as every schema writes it. */
    record MoneyAmount(long amount, String currency) {
    }

    record OrderPlaced(String orderId, String customerId, List<Line> lines, MoneyAmount total, Instant occurredAt)
            implements OrderEvent {
    }

    /** Every status change; the BFF's live order updates follow these. */
    record OrderStatusChanged(String orderId, String customerId, String fromStatus, String toStatus, String reason,
                              String reasonCode, Instant occurredAt) implements OrderEvent {
    }

    record OrderApproved(String orderId, String customerId, String paymentId, List<Line> lines, MoneyAmount total,
                         Instant occurredAt) implements OrderEvent {
    }

    record OrderRejected(String orderId, String customerId, String previousStatus, String reason, String reasonCode,
                         Instant occurredAt) implements OrderEvent {
    }

    record OrderCancelled(String orderId, String customerId, String previousStatus, String reason, String reasonCode,
                          Instant occurredAt) implements OrderEvent {
    }
}
