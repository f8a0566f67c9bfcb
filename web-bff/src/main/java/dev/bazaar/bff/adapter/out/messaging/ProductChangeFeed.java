package dev.bazaar.bff.adapter.out.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * store-service's {@code ProductChanged} events from {@code shop.product.events}, as they happen, for
 * what this BFF instance keeps of the catalogue ({@link dev.bazaar.bff.adapter.out.cache.CatalogCache}).
 * Read from the end on every instance ({@link TopicTail}): a cache only needs the changes from now on.
 */
@ApplicationScoped
public class ProductChangeFeed {

    static final String TOPIC = "shop.product.events";
    static final String EVENT_TYPE = "ProductChanged";

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final TopicTail tail;

    @Inject
    public ProductChangeFeed(@ConfigProperty(name = "bazaar.kafka.bootstrap-servers") String bootstrapServers) {
        this.tail = new TopicTail(bootstrapServers, TOPIC, "web-bff-product-changes", this::deliver);
    }

    /** Starts reading when the application starts: the cache is in use from the first request on. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    /** Starts the reading thread (idempotent). */
    public void start() {
        tail.start();
    }

    /** The listener gets the id of every product that changes from now on. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Whether every change committed from now on will be told to the listeners. */
    public boolean isReading() {
        return tail.isReading();
    }

    private void deliver(ConsumerRecord<String, String> record) {
        if (record.key() != null && EVENT_TYPE.equals(TopicTail.header(record, "eventType"))) {
            listeners.forEach(listener -> listener.accept(record.key()));
        }
    }

    @PreDestroy
    public void stop() {
        tail.close();
    }
}
