package dev.bazaar.bff.adapter.out.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.bazaar.bff.adapter.out.messaging.ProductChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A short read-through cache of catalogue reads (product pages and single products, never stock,
 * which changes with every order). Any {@code ProductChanged} (from Kafka, or a change made through
 * this instance) makes every entry stale: an entry's key carries the generation it was read in, and
 * a change starts a new generation, so a read that was under way during the change is never served
 * afterwards. The cache is used only while the change feed is reading; without it (Kafka down or
 * not reached yet) every read goes to store-service. {@code ttl} bounds what no event announces (a
 * store renamed or closed). {@code bazaar.bff.catalog-cache.ttl=PT0S} turns the cache off.
 */
@ApplicationScoped
public class CatalogCache {

    private static final String REQUESTS = "bff_catalog_cache_requests_total";

    private final ProductChangeFeed changes;
    /** Null when the cache is off (ttl zero). */
    private final Cache<Key, Object> entries;
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;

    @Inject
    public CatalogCache(ProductChangeFeed changes, MetricRegistry metrics,
                        @ConfigProperty(name = "bazaar.bff.catalog-cache.ttl", defaultValue = "PT10S") Duration ttl,
                        @ConfigProperty(name = "bazaar.bff.catalog-cache.max-entries", defaultValue = "10000") long maxEntries) {
        this(changes, ttl, maxEntries, counter(metrics, "hit"), counter(metrics, "miss"));
    }

    /** Without metrics (tests, tools). */
    public CatalogCache(ProductChangeFeed changes, Duration ttl, long maxEntries) {
        this(changes, ttl, maxEntries, null, null);
    }

    private CatalogCache(ProductChangeFeed changes, Duration ttl, long maxEntries, Counter hits, Counter misses) {
        this.changes = changes;
        this.entries = ttl.isZero() || ttl.isNegative() ? null : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
        this.hits = hits;
        this.misses = misses;
        changes.onChange(productId -> productsChanged());
    }

    private static Counter counter(MetricRegistry metrics, String result) {
        return metrics.counter(Metadata.builder().withName(REQUESTS)
                .withDescription("Catalogue reads by who answered: the cache (hit) or store-service (miss, or cache not in use)")
                .build(), new Tag("result", result));
    }

    /** What {@code reader} read in this generation for this kind of read and these arguments; read (and kept) now if nothing. */
    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<T> reader, String read, Object... arguments) {
        if (entries == null || !changes.isReading()) {
            count(misses);
            return reader.get();
        }
        Key key = new Key(generation.get(), read, Arrays.asList(arguments));
        Object cached = entries.getIfPresent(key);
        if (cached != null) {
            count(hits);
            return (T) cached;
        }
        count(misses);
        // one read per key at a time; a failed read is not kept
        return (T) entries.get(key, k -> reader.get());
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.inc();
        }
    }

    /** Products changed: nothing read before is served again. */
    public void productsChanged() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll(); // frees the memory; the new generation already hides them
        }
    }

    private record Key(long generation, String read, List<?> arguments) {
    }
}
