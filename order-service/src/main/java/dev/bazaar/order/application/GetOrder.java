package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use case: a customer (or an admin, or another service) reads one order. */
@ApplicationScoped
public class GetOrder {

    private final Orders orders;

    @Inject
    public GetOrder(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Order get(Caller caller, String id) {
        caller.requireSignedIn();
        OrderId orderId = OrderId.of(id, "id");
        Order order = orders.byId(orderId).orElseThrow(() -> ApplicationException.notFound("Order", orderId));
        OrderAccess.requireMayRead(caller, order);
        return order;
    }
}
