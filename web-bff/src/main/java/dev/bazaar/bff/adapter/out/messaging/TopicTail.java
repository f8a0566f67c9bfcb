package dev.bazaar.bff.adapter.out.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every partition of one topic from its end on a thread of its own, without a consumer group
 * (docs/decisions/0015): each BFF instance wants every change from now on for what it holds itself
 * (watchers, a cache), has nothing to commit and nothing to catch up after a restart. Records go to
 * the handler in partition order; one the handler throws on is logged and skipped.
 */
public final class TopicTail implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicTail.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(2);
    // New partitions of the topic are picked up this often (they are rare).
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);

    private final String bootstrapServers;
    private final String topic;
    private final String clientId;
    private final Consumer<ConsumerRecord<String, String>> handler;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean positioned;
    private Thread thread;

    public TopicTail(String bootstrapServers, String topic, String clientId, Consumer<ConsumerRecord<String, String>> handler) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.clientId = clientId;
        this.handler = handler;
    }

    /** Starts the reading thread (idempotent). */
    public synchronized void start() {
        if (thread == null && running) {
            thread = Thread.ofPlatform().name(clientId).daemon().start(this::run);
        }
    }

    /**
     * Whether every partition of the topic is assigned and positioned: every record committed from
     * now on reaches the handler. False before, and again after the reader stopped.
     */
    public boolean isReading() {
        return positioned;
    }

    /** The value of a record's header, null when it has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void run() {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
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
                    handle(record);
                }
            }
        } catch (WakeupException e) {
            // close() woke the consumer up: done.
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "stopped reading " + topic, e);
        } finally {
            positioned = false;
            consumer = null;
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "skipping " + record.topic() + "-" + record.partition() + "@" + record.offset(), e);
        }
    }

    /** Assigns every partition of the topic; new ones start at their end. Returns how many there are. */
    private int assign(KafkaConsumer<String, String> kafka, int assigned) {
        List<PartitionInfo> infos;
        try {
            infos = kafka.partitionsFor(topic, Duration.ofSeconds(5));
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // Broker not reachable yet: try again later.
            LOG.log(Level.FINE, "cannot list the partitions of " + topic, e);
            return assigned;
        }
        if (infos == null || infos.size() <= assigned) {
            return assigned;
        }
        Set<TopicPartition> current = kafka.assignment();
        List<TopicPartition> all = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        List<TopicPartition> added = all.stream().filter(partition -> !current.contains(partition)).toList();
        kafka.assign(all);
        kafka.seekToEnd(added);
        // Resolve the positions now, so that "reading" means: every record committed from here on arrives.
        added.forEach(kafka::position);
        positioned = true;
        LOG.info(() -> clientId + " reads " + topic + " (" + all.size() + " partitions) from its end");
        return all.size();
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
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
}
