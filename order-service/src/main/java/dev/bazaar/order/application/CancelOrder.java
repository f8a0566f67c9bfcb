package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Use case: the customer (or an admin) cancels an order that has not ended. It is CANCELLED at
 * once; the saga's ReleaseStock and, if a payment was asked for, RefundPayment undo the rest.
 */
@ApplicationScoped
public class CancelOrder {

    public static final int MAX_REASON_LENGTH = 500;

    private final Orders orders;
    private final OrderMessages messages;
    private final Clock clock;

    @Inject
    public CancelOrder(Orders orders, OrderMessages messages, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Order cancel(Caller caller, String id, String reason) {
        caller.requireSignedIn();
        var violations = new Violations();
        OrderId orderId = violations.check(() -> OrderId.of(id, "id"));
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            violations.add("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        violations.throwIfAny();

        Order order = orders.byIdForUpdate(orderId).orElseThrow(() -> ApplicationException.notFound("Order", orderId));
        OrderAccess.requireMayCancel(caller, order);
        Instant previousChange = order.updatedAt();
        boolean byAdmin = !order.isPlacedBy(caller.userId());
        messages.send(order, previousChange, order.cancel(byAdmin, reason == null ? null : reason.strip(), Now.of(clock)));
        orders.update(order);
        return order;
    }
}
