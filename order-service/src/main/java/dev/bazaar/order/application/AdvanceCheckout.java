package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.CheckoutMetrics;
import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.order.domain.order.OrderReason;
import dev.bazaar.order.domain.saga.OrderMessage;
import dev.bazaar.platform.error.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Use case: the saga moves an order on with each reply of store-service and payment-service
 * (api/events/README.md, "The checkout saga on the wire"). It runs in the transaction in which the
 * messaging adapter records the reply in the inbox, so a redelivered reply has no second effect.
 *
 * <p>A reply that repeats one already applied, or comes for an order that has already ended (the
 * customer cancelled while it was under way), changes nothing and is counted; any other reply that
 * does not fit the order's status is an illegal transition and fails.
 */
@ApplicationScoped
public class AdvanceCheckout {

    /** Why store-service could not hold one line (StockRejected's line reasons). */
    public enum LineProblem {
        OUT_OF_STOCK, PRODUCT_NOT_FOUND, PRODUCT_INACTIVE, STORE_CLOSED, RESERVATION_EXPIRED
    }

    private final Orders orders;
    private final OrderMessages messages;
    private final CheckoutMetrics metrics;
    private final Clock clock;

    @Inject
    public AdvanceCheckout(Orders orders, OrderMessages messages, CheckoutMetrics metrics, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public void stockReserved(String orderId) {
        react(orderId, "StockReserved", true, Order::stockReserved);
    }

    /**
     * @param confirming true when this answers ConfirmReservation (the reservation expired), false
     *                   when it answers ReserveStock
     */
    @Transactional
    public void stockRejected(String orderId, boolean confirming, List<LineProblem> problems, String text) {
        OrderReason why = confirming || problems.contains(LineProblem.RESERVATION_EXPIRED)
                ? OrderReason.RESERVATION_EXPIRED
                : problems.stream().allMatch(problem -> problem == LineProblem.OUT_OF_STOCK)
                        ? OrderReason.OUT_OF_STOCK
                        : OrderReason.PRODUCT_UNAVAILABLE;
        react(orderId, "StockRejected", true, (order, now) -> order.stockRejected(why, text, now));
    }

    @Transactional
    public void stockConfirmed(String orderId) {
        react(orderId, "StockConfirmed", true, Order::stockConfirmed);
    }

    /**
     * @param expired true when store-service released the stock because the reservation expired;
     *                false when it answers our ReleaseStock (the order has ended then)
     */
    @Transactional
    public void stockReleased(String orderId, boolean expired) {
        react(orderId, "StockReleased", expired, expired ? Order::reservationExpired : (order, now) -> {
            throw ApplicationException.conflict("illegal-transition",
                    "stock of order " + order.id() + " released on request while the order is " + order.status());
        });
    }

    @Transactional
    public void paymentAuthorized(String orderId, String paymentId) {
        react(orderId, "PaymentAuthorized", true, (order, now) -> order.paymentAuthorized(paymentId, now));
    }

    @Transactional
    public void paymentDeclined(String orderId, String declineReason) {
        react(orderId, "PaymentDeclined", true, (order, now) -> order.paymentDeclined(declineReason, now));
    }

    /** The answer to our RefundPayment, sent only once the order ended: nothing left to do. */
    @Transactional
    public void paymentRefunded(String orderId) {
        react(orderId, "PaymentRefunded", false, (order, now) -> {
            throw ApplicationException.conflict("illegal-transition",
                    "payment of order " + order.id() + " refunded while the order is " + order.status());
        });
    }

    /**
     * @param lateIfEnded whether arriving after the order ended means the reply came too late to
     *                    matter (counted), rather than being the expected answer to an undo
     */
    private void react(String orderId, String replyType, boolean lateIfEnded,
                       BiFunction<Order, Instant, List<OrderMessage>> reaction) {
        OrderId id = OrderId.of(orderId, "orderId");
        Order order = orders.byIdForUpdate(id).orElseThrow(() -> ApplicationException.notFound("Order", id));
        if (order.isEnded()) {
            if (lateIfEnded) {
                metrics.replyIgnored(replyType);
            }
            return;
        }
        Instant previousChange = order.updatedAt();
        List<OrderMessage> sent = reaction.apply(order, Now.of(clock));
        if (sent.isEmpty()) {
            metrics.replyIgnored(replyType);
            return;
        }
        messages.send(order, previousChange, sent);
        orders.update(order);
    }
}
