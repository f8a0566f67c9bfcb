package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a customer cancels an order that has not ended; the saga undoes what was done. */
@ApplicationScoped
public class CancelOrder {

    private final Orders orders;

    @Inject
    public CancelOrder(Orders orders) {
        this.orders = orders;
    }

    public OrderView cancel(String id, String reason) {
        return orders.cancel(id, reason);
    }
}
