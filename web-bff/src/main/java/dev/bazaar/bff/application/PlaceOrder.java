package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Use case: a customer places an order; order-service checks it and its saga takes it from there. */
@ApplicationScoped
public class PlaceOrder {

    private final Orders orders;

    @Inject
    public PlaceOrder(Orders orders) {
        this.orders = orders;
    }

    public OrderView place(String idempotencyKey, List<Orders.LineRequest> lines) {
        return orders.place(idempotencyKey, lines);
    }
}
