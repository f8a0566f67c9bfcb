package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a customer lists their own orders, newest first, a page at a time. */
@ApplicationScoped
public class ListMyOrders {

    private final Orders orders;

    @Inject
    public ListMyOrders(Orders orders) {
        this.orders = orders;
    }

    public OrderView.Page list(int limit, String cursor) {
        return orders.mine(limit, cursor);
    }
}
