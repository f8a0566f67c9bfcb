package dev.bazaar.order.application.port.out;

import dev.bazaar.order.domain.order.IdempotencyKey;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.order.domain.order.OrderStatus;
import dev.bazaar.order.domain.saga.OrderEvent.OrderStatusChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where orders are kept (order-service's own schema). */
public interface Orders {

    Optional<Order> byId(OrderId id);

    /** Reads and locks the order until the transaction ends: one reaction at a time per order. */
    Optional<Order> byIdForUpdate(OrderId id);

    Optional<Order> byIdempotencyKey(String customerId, IdempotencyKey key);

    /** @throws DuplicateIdempotencyKey when the customer placed another order with the key meanwhile */
    void add(Order order);

    void update(Order order);

    /** Appends a status change to the order's history. */
    void recordHistory(OrderStatusChanged change);

    /** Position after which a page starts (keyset paging: newest first). */
    record Position(Instant createdAt, OrderId id) {
    }

    /** {@code customerId} null for every customer; {@code statuses} empty for every status. */
    List<Order> page(Position after, String customerId, Set<OrderStatus> statuses, int limit);

    /**
     * Orders not ended whose saga must act on its own: the current step waited long enough for
     * its reply, or the checkout's deadline passed. Most overdue first.
     */
    List<OrderId> due(Instant now, int limit);

    /** A concurrent PlaceOrder with the same idempotency key won the race. */
    final class DuplicateIdempotencyKey extends RuntimeException {
        public DuplicateIdempotencyKey() {
            super("idempotency key already used", null, false, false);
        }
    }
}
