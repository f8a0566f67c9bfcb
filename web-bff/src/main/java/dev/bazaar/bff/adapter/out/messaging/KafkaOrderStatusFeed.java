package dev.bazaar.bff.adapter.out.messaging;

import dev.bazaar.bff.application.port.out.OrderStatusFeed;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * order-service's {@code OrderStatusChanged} events from {@code shop.order.events}, handed to the
 * watchers of each order (docs/decisions/0015). Every BFF instance reads every partition itself,
 * without a consumer group and from the end: it wants the changes from now on, for whoever watches
 * on this instance, and has nothing to commit (no inbox, no database: a missed change is made good
 * by the watcher reading the order again). Events of orders nobody watches are skipped unread.
 */
@ApplicationScoped
public class KafkaOrderStatusFeed implements OrderStatusFeed {

    static final String TOPIC = "shop.order.events";
    static final String EVENT_TYPE = "OrderStatusChanged";
    private static final Logger LOG = Logger.getLogger(KafkaOrderStatusFeed.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(2);
    // New partitions of the topic are picked up this often (they are rare).
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);

    private final Map<String, Set<Consumer<StatusChange>>> watchers = new ConcurrentHashMap<>();
    private final String bootstrapServers;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean positioned;
    private Thread thread;

    @Inject
    public KafkaOrderStatusFeed(@ConfigProperty(name = "bazaar.kafka.bootstrap-servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts reading when the application starts, so that changes reach watchers from the first request on. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    /** Starts the reading thread (idempotent). */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().name("order-status-feed").daemon().start(this::run);
        }
    }

    @Override
    public Subscription subscribe(String orderId, Consumer<StatusChange> listener) {
        watchers.computeIfAbsent(orderId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> watchers.computeIfPresent(orderId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether every partition of the topic is assigned and positioned (for tests: changes from now on arrive). */
    public boolean isReading() {
        return positioned;
    }

    private void run() {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "web-bff-order-status",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer = kafka;
            int partitions = 0;
            long checked = 0;
            while (running) {
                if (System.nanoTime() - checked > (partitions == 0 ? TOPIC_RETRY : PARTITION_CHECK).toNanos()) {
                    checked = System.nanoTime();
                    partitions = assign(kafka, partitions);
                }
                if (partitions == 0) {
                    sleep(TOPIC_RETRY);
                    continue;
                }
                for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                    deliver(record);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up: done.
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "live order status stopped: watchers fall back to reading the order", e);
        } finally {
            positioned = false;
            consumer = null;
        }
    }

    /** Assigns every partition of the topic; new ones start at their end. Returns how many there are. */
    private int assign(KafkaConsumer<String, String> kafka, int assigned) {
        List<PartitionInfo> infos;
        try {
            infos = kafka.partitionsFor(TOPIC, Duration.ofSeconds(5));
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // Broker not reachable yet: try again later; watchers read the order meanwhile.
            LOG.log(Level.FINE, "cannot list the partitions of " + TOPIC, e);
            return assigned;
        }
        if (infos == null || infos.size() <= assigned) {
            return assigned;
        }
        Set<TopicPartition> current = kafka.assignment();
        List<TopicPartition> all = infos.stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        List<TopicPartition> added = all.stream().filter(partition -> !current.contains(partition)).toList();
        kafka.assign(all);
        kafka.seekToEnd(added);
        // Resolve the positions now, so that "reading" means: every change committed from here on arrives.
        added.forEach(kafka::position);
        positioned = true;
        LOG.info(() -> "live order status reads " + TOPIC + " (" + all.size() + " partitions) from its end");
        return all.size();
    }

    private void deliver(ConsumerRecord<String, String> record) {
        Set<Consumer<StatusChange>> listeners = record.key() == null ? null : watchers.get(record.key());
        if (listeners == null || !EVENT_TYPE.equals(header(record, "eventType"))) {
            return;
        }
        StatusChange change = parse(record);
        if (change == null || !record.key().equals(change.orderId())) {
            return;
        }
        listeners.forEach(listener -> listener.accept(change));
    }

    /** A payload this reader cannot use is skipped: watchers read the order again anyway. */
    private static StatusChange parse(ConsumerRecord<String, String> record) {
        try {
            Payload payload = JSON.fromJson(record.value(), Payload.class);
            if (payload == null || payload.orderId() == null || payload.toStatus() == null) {
                throw new IllegalArgumentException("no orderId or toStatus");
            }
            Instant at = payload.occurredAt() == null ? null : Instant.parse(payload.occurredAt());
            return new StatusChange(payload.orderId(), payload.toStatus(), payload.reason(), payload.reasonCode(), at);
        } catch (JsonbException | DateTimeParseException | IllegalArgumentException e) {
            LOG.warning(() -> "skipping an unreadable " + EVENT_TYPE + " at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage());
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reader;
        synchronized (this) {
            reader = thread;
        }
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The fields of OrderStatusChanged (api/events) this reader uses; others are ignored. */
    public record Payload(String orderId, String toStatus, String reason, String reasonCode, String occurredAt) {
    }
}
