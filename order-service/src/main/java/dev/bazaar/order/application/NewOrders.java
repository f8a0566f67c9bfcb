package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.CheckoutMetrics;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.IdempotencyKey;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderLine;
import dev.bazaar.order.domain.order.SagaDeadlines;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** PlaceOrder's two short transactions: find a repeat, store a new order with its messages. */
@ApplicationScoped
class NewOrders {

    private final Orders orders;
    private final OrderMessages messages;
    private final CheckoutMetrics metrics;
    private final SagaDeadlines deadlines;
    private final Clock clock;

    @Inject
    NewOrders(Orders orders, OrderMessages messages, CheckoutMetrics metrics, SagaDeadlines deadlines, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.metrics = metrics;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    Order store(Caller caller, IdempotencyKey key, String fingerprint, List<OrderLine> snapshot) {
        Instant now = Now.of(clock);
        Order.Placement placement = Order.place(caller.userId(), key, fingerprint, snapshot, deadlines, now);
        orders.add(placement.order());
        messages.send(placement.order(), now, placement.messages());
        metrics.placed();
        return placement.order();
    }

    @Transactional
    Optional<Order> repeated(Caller caller, IdempotencyKey key, String fingerprint) {
        Optional<Order> earlier = orders.byIdempotencyKey(caller.userId(), key);
        if (earlier.isPresent() && !earlier.get().wasPlacedWith(fingerprint)) {
            throw ApplicationException.keyReused(
                    "This Idempotency-Key was used for an order with other lines; use a new key for a new order.");
        }
        return earlier;
    }

}
