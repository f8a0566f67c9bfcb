package dev.bazaar.bff.adapter.out.messaging;

import dev.bazaar.bff.application.port.out.OrderStatusFeed.StatusChange;
import dev.bazaar.platform.testing.TestEvents;
import dev.bazaar.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed against a real Kafka broker, with events published as the outbox relay publishes them:
 * a watcher gets its order's OrderStatusChanged events and nothing else (other orders, other event
 * types, unreadable payloads are skipped without stopping the feed).
 */
class KafkaOrderStatusFeedTest {

    private static final String TOPIC = KafkaOrderStatusFeed.TOPIC;
    private static KafkaOrderStatusFeed feed;

    @BeforeAll
    static void start() throws Exception {
        // The feed does not create the topic: an event makes it exist, as order-service's first one does.
        TestEvents.publish(TOPIC, UUID.randomUUID().toString(), "OrderPlaced", "{}");
        feed = new KafkaOrderStatusFeed(TestInfrastructure.kafkaBootstrapServers());
        feed.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!feed.isReading() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(feed.isReading()).as("the feed reads " + TOPIC).isTrue();
    }

    @AfterAll
    static void stop() {
        feed.stop();
    }

    @Test
    void aWatcherGetsTheStatusChangesOfItsOrderOnly() throws Exception {
        String order = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        BlockingQueue<StatusChange> seen = new LinkedBlockingQueue<>();
        var subscription = feed.subscribe(order, seen::add);

        TestEvents.publish(TOPIC, other, "OrderStatusChanged", changed(other, "PENDING", "STOCK_RESERVED", ""));
        TestEvents.publish(TOPIC, order, "OrderApproved", "{\"orderId\": \"" + order + "\"}");
        TestEvents.publish(TOPIC, order, "OrderStatusChanged", "not json");
        TestEvents.publish(TOPIC, order, "OrderStatusChanged", changed(order, "PENDING", "STOCK_RESERVED", ""));
        TestEvents.publish(TOPIC, order, "OrderStatusChanged", changed(order, "STOCK_RESERVED", "CANCELLED",
                ", \"reason\": \"Payment declined\", \"reasonCode\": \"PAYMENT_DECLINED\""));

        StatusChange first = seen.poll(30, TimeUnit.SECONDS);
        StatusChange second = seen.poll(30, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.orderId()).isEqualTo(order);
        assertThat(first.status()).isEqualTo("STOCK_RESERVED");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-11-25T09:15:30.123Z"));
        assertThat(second).isEqualTo(new StatusChange(order, "CANCELLED", "Payment declined", "PAYMENT_DECLINED",
                Instant.parse("2026-11-25T09:15:30.123Z")));

        subscription.close();
        TestEvents.publish(TOPIC, order, "OrderStatusChanged", changed(order, "PENDING", "STOCK_RESERVED", ""));
        assertThat(seen.poll(2, TimeUnit.SECONDS)).as("nothing after the watcher left").isNull();
    }

    private static String changed(String order, String from, String to, String extra) {
        return """
                {"orderId": "%s", "customerId": "%s", "fromStatus": "%s", "toStatus": "%s", \
                "occurredAt": "2026-11-25T09:15:30.123Z"%s}""".formatted(order, UUID.randomUUID(), from, to, extra);
    }
}
