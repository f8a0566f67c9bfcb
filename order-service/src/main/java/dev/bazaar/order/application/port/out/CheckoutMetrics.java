package dev.bazaar.order.application.port.out;

import dev.bazaar.order.domain.order.OrderReason;
import dev.bazaar.order.domain.order.OrderStatus;

import java.time.Duration;

/** Business metrics of checkout, for SREs: orders placed and ended, saga step latency, late replies. */
public interface CheckoutMetrics {

    void placed();

    /** A saga step took {@code took} from the previous status change to status {@code to}. */
    void stepCompleted(OrderStatus to, Duration took);

    /** An order reached a terminal status, {@code took} after it was placed. */
    void ended(OrderStatus status, OrderReason reason, Duration took);

    /** A reply arrived for an order that had already ended; it changed nothing. */
    void lateReply(String replyType);
}
