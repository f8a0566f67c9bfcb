package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.OrderStatusFeed;
import dev.bazaar.bff.application.port.out.Orders;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.lifecycle.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Use case: a customer (or an admin) watches an order's status change live. Reading the order
 * first is also the authorization: order-service answers only its customer or an admin (403/404
 * otherwise), so nobody watches an order they may not read. When the service stops, every open
 * watch ends (clients reconnect to another instance) instead of holding up the shutdown.
 */
@ApplicationScoped
public class FollowOrder {

    private final Orders orders;
    private final OrderStatusFeed feed;
    private final Duration recheckEvery;
    private final int maxWatchers;
    private final Set<OrderStatusStream> open = ConcurrentHashMap.newKeySet();

    @Inject
    public FollowOrder(Orders orders, OrderStatusFeed feed, ServiceLifecycle lifecycle,
                       @ConfigProperty(name = "bazaar.bff.order-events.recheck-interval", defaultValue = "PT10S")
                       Duration recheckEvery,
                       @ConfigProperty(name = "bazaar.bff.order-events.max-streams", defaultValue = "2000")
                       int maxWatchers) {
        this.orders = orders;
        this.feed = feed;
        this.recheckEvery = recheckEvery;
        this.maxWatchers = maxWatchers;
        lifecycle.onDrain(() -> open.forEach(OrderStatusStream::close));
    }

    /**
     * Starts watching; the caller must close the stream.
     *
     * @throws ApplicationException as GetOrder does (not found, not yours, backend down), or
     *                              UNAVAILABLE when this instance already serves too many watchers
     */
    public OrderStatusStream follow(String orderId) {
        if (open.size() >= maxWatchers) {
            throw new ApplicationException(ErrorKind.UNAVAILABLE, "too-many-streams",
                    "Too many live order streams on this server; follow the order with GET for now.", List.of(),
                    Duration.ofSeconds(10));
        }
        OrderStatusStream[] self = new OrderStatusStream[1];
        OrderStatusStream stream = new OrderStatusStream(() -> orders.order(orderId), recheckEvery,
                () -> open.remove(self[0]));
        self[0] = stream;
        open.add(stream);
        try {
            stream.start(feed, orderId);
        } catch (RuntimeException e) {
            open.remove(stream);
            throw e;
        }
        return stream;
    }

    /** How many watches are open on this instance. */
    public int openStreams() {
        return open.size();
    }
}
