package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.CheckoutMetrics;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.saga.OrderEvent;
import dev.bazaar.order.domain.saga.OrderMessage;
import dev.bazaar.order.domain.saga.SagaCommand;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what an order's transition produced, in the caller's transaction: every message to the
 * outbox (events on {@code shop.order.events}, saga commands on {@code shop.order-saga.events},
 * both keyed by the order id) and every status change to the order's history.
 */
@ApplicationScoped
class OrderMessages {

    static final String ORDER = "order";
    static final String ORDER_SAGA = "order-saga";

    private final Outbox outbox;
    private final Orders orders;
    private final CheckoutMetrics metrics;

    @Inject
    OrderMessages(Outbox outbox, Orders orders, CheckoutMetrics metrics) {
        this.outbox = outbox;
        this.orders = orders;
        this.metrics = metrics;
    }

    /**
     * @param order          the order after the transition
     * @param previousChange when its status changed before, for the step's latency
     */
    void send(Order order, Instant previousChange, List<OrderMessage> messages) {
        for (OrderMessage message : messages) {
            String aggregateType = switch (message) {
                case OrderEvent event -> ORDER;
                case SagaCommand command -> ORDER_SAGA;
            };
            outbox.record(OutboxEvent.of(aggregateType, message.orderId(), message.getClass().getSimpleName(), message));
            if (message instanceof OrderEvent.OrderStatusChanged change) {
                orders.recordHistory(change);
                metrics.stepCompleted(order.status(), Duration.between(previousChange, change.occurredAt()));
            }
        }
        if (order.isEnded() && !messages.isEmpty()) {
            metrics.ended(order.status(), order.reasonCode(), Duration.between(order.createdAt(), order.updatedAt()));
        }
    }
}
