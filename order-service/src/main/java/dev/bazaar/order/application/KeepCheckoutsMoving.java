package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.CheckoutMetrics;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.order.domain.saga.OrderMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use case: every placed order reaches a terminal status, even when replies do not come (a
 * participant down, a message parked in a dead-letter topic). A step whose reply is late has its
 * command sent again; a checkout past its deadline is cancelled as TIMED_OUT, which releases its
 * stock and refunds a payment that may have been taken. A job calls {@link #due()} and then
 * {@link #act(OrderId)} per order, one transaction each.
 */
@ApplicationScoped
public class KeepCheckoutsMoving {

    public static final int BATCH = 100;

    /** What {@link #act} did. */
    public enum Action { NOTHING, RETRIED_STEP, TIMED_OUT }

    private final Orders orders;
    private final OrderMessages messages;
    private final CheckoutMetrics metrics;
    private final Clock clock;

    @Inject
    public KeepCheckoutsMoving(Orders orders, OrderMessages messages, CheckoutMetrics metrics, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public List<OrderId> due() {
        return orders.due(Now.of(clock), BATCH);
    }

    /** Re-checks the order under its lock: a reply may have moved it on meanwhile. */
    @Transactional
    public Action act(OrderId id) {
        Instant now = Now.of(clock);
        Optional<Order> found = orders.byIdForUpdate(id);
        if (found.isEmpty()) {
            return Action.NOTHING;
        }
        Order order = found.get();
        Instant previousChange = order.updatedAt();
        if (order.isOverdue(now)) {
            messages.send(order, previousChange, order.timeOut(now));
            orders.update(order);
            return Action.TIMED_OUT;
        }
        if (order.isStepOverdue(now)) {
            List<OrderMessage> resent = order.retryStep(now);
            messages.send(order, previousChange, resent);
            orders.update(order);
            resent.forEach(command -> metrics.stepRetried(command.getClass().getSimpleName()));
            return Action.RETRIED_STEP;
        }
        return Action.NOTHING;
    }
}
