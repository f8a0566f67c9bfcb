package dev.bazaar.bff.adapter.out.cache;

import dev.bazaar.bff.adapter.out.messaging.ProductChangeFeed;
import dev.bazaar.platform.testing.TestEvents;
import dev.bazaar.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue cache against a real Kafka broker: reads are served again until a product changes,
 * whether the change comes as a ProductChanged event (from any BFF instance's write) or through
 * this instance; other events leave it be; a read under way during a change is not served after it.
 */
class CatalogCacheTest {

    private static final String TOPIC = "shop.product.events";
    private static ProductChangeFeed feed;
    private static CatalogCache cache;

    @BeforeAll
    static void start() throws Exception {
        // The feed does not create the topic: an event makes it exist, as store-service's first ProductChanged does.
        TestEvents.publish(TOPIC, UUID.randomUUID().toString(), "ProductReviewed", "{}");
        feed = new ProductChangeFeed(TestInfrastructure.kafkaBootstrapServers());
        cache = new CatalogCache(feed, Duration.ofMinutes(5), 1_000);
    }

    @AfterAll
    static void stop() {
        feed.stop();
    }

    @Test
    void readsAreKeptUntilAProductChangesAndNeverWhileTheFeedIsNotReading() throws Exception {
        Reads store = new Reads();
        // a feed that does not read: nothing could tell the cache about a change, so it keeps nothing
        CatalogCache blind = new CatalogCache(new ProductChangeFeed(TestInfrastructure.kafkaBootstrapServers()),
                Duration.ofMinutes(5), 1_000);
        assertThat(blind.get(store, "list", "mugs", null)).isEqualTo("read 1");
        assertThat(blind.get(store, "list", "mugs", null)).isEqualTo("read 2");

        awaitReading();
        assertThat(cache.get(store, "list", "mugs", null)).isEqualTo("read 3");
        assertThat(cache.get(store, "list", "mugs", null)).as("served from the cache").isEqualTo("read 3");
        assertThat(cache.get(store, "list", "cups", null)).as("other arguments, another read").isEqualTo("read 4");
        assertThat(cache.get(store, "product", "mugs", null)).as("another kind of read").isEqualTo("read 5");

        TestEvents.publish(TOPIC, UUID.randomUUID().toString(), "ProductReviewed", "{}");
        TestEvents.publish(TOPIC, UUID.randomUUID().toString(), "ProductChanged", "{}");
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String read;
        do {
            read = cache.get(store, "list", "mugs", null);
        } while (read.equals("read 3") && System.nanoTime() < until && sleep());
        assertThat(read).as("read again after ProductChanged").isEqualTo("read 6");
        assertThat(cache.get(store, "list", "mugs", null)).isEqualTo("read 6");

        cache.productsChanged(); // a change made through this instance
        assertThat(cache.get(store, "list", "mugs", null)).isEqualTo("read 7");
    }

    @Test
    void aReadUnderWayWhenAProductChangesIsNotServedAfterTheChange() throws Exception {
        awaitReading();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<String> slowRead = CompletableFuture.supplyAsync(() -> cache.get(() -> {
            reading.countDown();
            await(changed);
            return "from before the change";
        }, "product", "slow"));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        cache.productsChanged();
        changed.countDown();

        assertThat(slowRead.get(10, TimeUnit.SECONDS)).as("its caller gets it").isEqualTo("from before the change");
        assertThat(cache.get(() -> "after the change", "product", "slow")).isEqualTo("after the change");
    }

    @Test
    void aFailedReadIsNotKept() throws Exception {
        awaitReading();
        AtomicInteger attempts = new AtomicInteger();
        Supplier<String> failingOnce = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("store-service unavailable");
            }
            return "read";
        };
        String key = UUID.randomUUID().toString();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> cache.get(failingOnce, "product", key)))
                .hasMessage("store-service unavailable");
        assertThat(cache.get(failingOnce, "product", key)).isEqualTo("read");
        assertThat(attempts).hasValue(2);
    }

    private static void awaitReading() throws InterruptedException {
        feed.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!feed.isReading() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(feed.isReading()).as("the feed reads " + TOPIC).isTrue();
    }

    private static boolean sleep() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** store-service as the cache sees it: every read answers differently, so a test can tell them apart. */
    private static final class Reads implements Supplier<String> {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public String get() {
            return "read " + count.incrementAndGet();
        }
    }
}
