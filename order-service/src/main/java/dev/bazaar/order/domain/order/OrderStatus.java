package dev.bazaar.order.domain.order;

import java.util.Map;
import java.util.Set;

/**
 * Where an order is in checkout, and the transitions the saga may make (order.proto documents
 * the same table). Anything not listed is illegal.
 */
public enum OrderStatus {
    PENDING,
    STOCK_RESERVED,
    PAYMENT_AUTHORIZED,
    APPROVED,
    REJECTED,
    CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PENDING, Set.of(STOCK_RESERVED, REJECTED, CANCELLED),
            STOCK_RESERVED, Set.of(PAYMENT_AUTHORIZED, CANCELLED),
            PAYMENT_AUTHORIZED, Set.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, Set.of(),
            REJECTED, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }
}
