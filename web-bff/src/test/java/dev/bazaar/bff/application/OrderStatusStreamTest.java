package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.OrderStatusFeed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a watcher of an order is shown, whatever order the feed and the reads of the order answer
 * in: nothing between subscribing and the first read is lost, nothing old is shown again, a change
 * the feed missed still arrives through a later read, and the stream ends at a terminal status.
 */
class OrderStatusStreamTest {

    private static final String ORDER = "3f6c9a2e-8b1d-4c7e-a5f0-2d9e8c7b6a51";
    private static final Duration NEVER = Duration.ofDays(1);

    /** A feed whose changes the test hands out by hand. */
    private static final class HandFeed implements OrderStatusFeed {
        Consumer<StatusChange> listener;
        volatile boolean closed;

        @Override
        public Subscription subscribe(String orderId, Consumer<StatusChange> listener) {
            this.listener = listener;
            return () -> closed = true;
        }

        void change(String status) {
            listener.accept(new StatusChange(ORDER, status, null, null, Instant.now()));
        }
    }

    private static OrderView order(String status) {
        return new OrderView(ORDER, status, null, null, List.of(), new Money(100, "EUR"), Instant.now(),
                Instant.now());
    }

    @Test
    void aChangeBetweenSubscribingAndTheFirstReadIsNotLostAndOldNewsIsDropped() throws Exception {
        HandFeed feed = new HandFeed();
        AtomicReference<String> stored = new AtomicReference<>("PENDING");
        OrderStatusStream stream = new OrderStatusStream(() -> {
            // The saga moves on while the order is being read: the feed has the change already.
            feed.change("STOCK_RESERVED");
            return order(stored.get());
        }, NEVER, () -> { });
        stream.start(feed, ORDER);

        assertThat(stream.current().status()).isEqualTo("PENDING");
        assertThat(stream.next(Duration.ofMillis(50))).hasValueSatisfying(u -> assertThat(u.status()).isEqualTo("STOCK_RESERVED"));

        feed.change("STOCK_RESERVED"); // a repeat
        feed.change("PENDING");        // older than what was shown
        assertThat(stream.next(Duration.ofMillis(50))).isEmpty();

        feed.change("APPROVED");
        assertThat(stream.next(Duration.ofMillis(50))).hasValueSatisfying(u -> assertThat(u.status()).isEqualTo("APPROVED"));
        assertThat(stream.ended()).isTrue();
    }

    @Test
    void aChangeTheFeedMissedArrivesWithTheNextReadOfTheOrder() throws Exception {
        HandFeed feed = new HandFeed();
        AtomicReference<String> stored = new AtomicReference<>("PAYMENT_AUTHORIZED");
        AtomicInteger reads = new AtomicInteger();
        OrderStatusStream stream = new OrderStatusStream(() -> {
            reads.incrementAndGet();
            return order(stored.get());
        }, Duration.ofMillis(100), () -> { });
        stream.start(feed, ORDER);

        stored.set("CANCELLED"); // and the feed says nothing
        Thread.sleep(120);
        assertThat(stream.next(Duration.ofMillis(10))).hasValueSatisfying(u -> assertThat(u.status()).isEqualTo("CANCELLED"));
        assertThat(reads).hasValue(2);
        assertThat(stream.ended()).isTrue();
    }

    @Test
    void closingEndsTheStreamAndTheSubscription() throws Exception {
        HandFeed feed = new HandFeed();
        AtomicInteger onClose = new AtomicInteger();
        OrderStatusStream stream = new OrderStatusStream(() -> order("PENDING"), NEVER, onClose::incrementAndGet);
        stream.start(feed, ORDER);

        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stream.close();
        });
        long started = System.nanoTime();
        assertThat(stream.next(Duration.ofSeconds(10))).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(stream.ended()).isTrue();
        assertThat(feed.closed).isTrue();
        assertThat(onClose).hasValue(1);
    }
}
