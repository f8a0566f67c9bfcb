package dev.bazaar.bff.application.port.out;

import dev.bazaar.bff.application.OrderView;

import java.util.List;

/**
 * order-service's orders, as the BFF uses them, on behalf of the current caller (whose access
 * token the platform forwards). Errors arrive as the backend raised them.
 */
public interface Orders {

    /** How clients send the idempotency key (a REST header); errors about the key name it so. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** A product and how many of it. */
    record LineRequest(String productId, int quantity) {
    }

    /** Places an order for the caller; repeating the key returns the first order. */
    OrderView place(String idempotencyKey, List<LineRequest> lines);

    OrderView order(String id);

    /** The caller's own orders, newest first. */
    OrderView.Page mine(int limit, String cursor);

    OrderView cancel(String id, String reason);
}
