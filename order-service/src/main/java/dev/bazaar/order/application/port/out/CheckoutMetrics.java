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

    /** A reply changed nothing: it repeated one already applied, or its order had ended. */
    void replyIgnored(String replyType);

    /** A step's command was sent again: its reply did not come in time. */
    void stepRetried(String commandType);
}
