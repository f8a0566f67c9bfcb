package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.OrderStatusFeed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One watcher's view of an order's status: the status when the watch began, then each later one,
 * until a terminal status. Changes come from the feed; every {@code recheckEvery} without one, the
 * order is read again, so a change the feed missed still arrives, only later. Statuses only move
 * forward (PENDING, STOCK_RESERVED, PAYMENT_AUTHORIZED, then one terminal status), so a change
 * that is not ahead of what was shown is old news (the feed may deliver one that the first read
 * already saw) and is dropped.
 */
public final class OrderStatusStream implements AutoCloseable {

    /** A status as a watcher is shown it. */
    public record Update(String orderId, String status, String reason, String reasonCode, Instant at) {

        static Update of(OrderView order) {
            return new Update(order.id(), order.status(), order.reason(), order.reasonCode(), order.updatedAt());
        }

        static Update of(OrderStatusFeed.StatusChange change) {
            return new Update(change.orderId(), change.status(), change.reason(), change.reasonCode(),
                    change.occurredAt());
        }
    }

    private static final List<String> PROGRESS = List.of("PENDING", "STOCK_RESERVED", "PAYMENT_AUTHORIZED");
    private static final List<String> TERMINAL = List.of("APPROVED", "REJECTED", "CANCELLED");
    private static final OrderStatusFeed.StatusChange CLOSED = new OrderStatusFeed.StatusChange(null, null, null,
            null, null);

    private final BlockingQueue<OrderStatusFeed.StatusChange> changes = new LinkedBlockingQueue<>();
    private final Supplier<OrderView> reread;
    private final Duration recheckEvery;
    private final Runnable onClose;
    private OrderStatusFeed.Subscription subscription;
    private Update current;
    private long lastRead;
    private volatile boolean closed;

    OrderStatusStream(Supplier<OrderView> reread, Duration recheckEvery, Runnable onClose) {
        this.reread = reread;
        this.recheckEvery = recheckEvery;
        this.onClose = onClose;
    }

    /** Subscribes first, then reads the order: a change between the two is in the queue, not lost. */
    void start(OrderStatusFeed feed, String orderId) {
        subscription = feed.subscribe(orderId, changes::add);
        try {
            current = Update.of(reread.get());
            lastRead = System.nanoTime();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The status shown last (the order's status when the watch began, at first). */
    public Update current() {
        return current;
    }

    /** True once the status is terminal (nothing follows), or the stream was closed (the service is stopping). */
    public boolean ended() {
        return closed || TERMINAL.contains(current.status());
    }

    /**
     * Waits up to {@code wait} for a status ahead of the current one; empty when none came (time
     * for a heartbeat) or the stream was closed meanwhile.
     */
    public Optional<Update> next(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && !ended(); left = deadline - System.nanoTime()) {
            OrderStatusFeed.StatusChange change = changes.poll(left, TimeUnit.NANOSECONDS);
            if (change == null || change == CLOSED) {
                break;
            }
            if (isAhead(change.status())) {
                current = Update.of(change);
                return Optional.of(current);
            }
        }
        if (!ended() && System.nanoTime() - lastRead >= recheckEvery.toNanos()) {
            lastRead = System.nanoTime();
            OrderView order = reread.get();
            if (isAhead(order.status())) {
                current = Update.of(order);
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private boolean isAhead(String status) {
        return rank(status) > rank(current.status());
    }

    /** Unknown statuses rank lowest: ignored until a read of the order says otherwise. */
    private static int rank(String status) {
        if (TERMINAL.contains(status)) {
            return PROGRESS.size();
        }
        return PROGRESS.indexOf(status);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (subscription != null) {
                subscription.close();
            }
            onClose.run();
            // Last: a waiting next() wakes up to a stream that is cleaned up already.
            changes.add(CLOSED);
        }
    }
}
