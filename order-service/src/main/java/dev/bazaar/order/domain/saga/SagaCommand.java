package dev.bazaar.order.domain.saga;

import dev.bazaar.order.domain.saga.OrderEvent.MoneyAmount;

import java.time.Instant;
import java.util.List;

/**
 * Commands of the checkout saga to store-service and payment-service, all on
 * {@code shop.order-saga.events} keyed by the order id, so the commands about one order arrive
 * in the order they were sent (a release never overtakes its reservation).
 */
public sealed interface SagaCommand extends OrderMessage {

    /** Units of one product, as ReserveStock carries them. */
    record StockLine(String productId, int quantity) {
    }

    record ReserveStock(String orderId, String customerId, List<StockLine> lines, Instant expiresAt,
                        Instant occurredAt) implements SagaCommand {
    }

    record AuthorizePayment(String orderId, String customerId, MoneyAmount amount, Instant occurredAt)
            implements SagaCommand {
    }

    record ConfirmReservation(String orderId, Instant occurredAt) implements SagaCommand {
    }

    record ReleaseStock(String orderId, String reason, Instant occurredAt) implements SagaCommand {
    }

    record RefundPayment(String orderId, String customerId, String reason, Instant occurredAt)
            implements SagaCommand {
    }
}
