package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a customer (or an admin) reads one order; order-service decides who may. */
@ApplicationScoped
public class ShowOrder {

    private final Orders orders;

    @Inject
    public ShowOrder(Orders orders) {
        this.orders = orders;
    }

    public OrderView show(String id) {
        return orders.order(id);
    }
}
