package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use case: every placed order reaches a terminal status. An order whose checkout outlived its
 * deadline (a participant down, a reply lost in a dead-letter topic) is cancelled as TIMED_OUT,
 * which releases its stock and refunds a payment that may have been taken. A job calls
 * {@link #overdue()} and then {@link #timeOut(OrderId)} per order, one transaction each.
 */
@ApplicationScoped
public class TimeOutCheckouts {

    public static final int BATCH = 100;

    private final Orders orders;
    private final OrderMessages messages;
    private final Clock clock;

    @Inject
    public TimeOutCheckouts(Orders orders, OrderMessages messages, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public List<OrderId> overdue() {
        return orders.overdue(Now.of(clock), BATCH);
    }

    /** @return whether the order was cancelled (false if it ended meanwhile) */
    @Transactional
    public boolean timeOut(OrderId id) {
        Instant now = Now.of(clock);
        Optional<Order> found = orders.byIdForUpdate(id);
        if (found.isEmpty() || found.get().isEnded() || found.get().deadlineAt().isAfter(now)) {
            return false;
        }
        Order order = found.get();
        Instant previousChange = order.updatedAt();
        messages.send(order, previousChange, order.timeOut(now));
        orders.update(order);
        return true;
    }
}
