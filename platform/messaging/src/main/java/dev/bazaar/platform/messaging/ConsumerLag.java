package dev.bazaar.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code messaging_consumer_lag{channel,topic}} on {@code /metrics}: how many records of each
 * consumed topic the service's consumer group has not yet committed, i.e. events waiting for this
 * service; and {@code messaging_dead_letter_records{channel,topic}}: how many records the channel's
 * dead-letter topic holds (poison or failed messages parked for a person; 0 while it does not
 * exist). Read from the broker with an admin client when scraped, at most every few seconds.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class.getName());
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Duration CACHE = Duration.ofSeconds(5);

    private final Config config;
    private final MetricRegistry metrics;
    private Admin admin;

    @Inject
    ConsumerLag(Config config, MetricRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    void register(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object event) {
        Set<String> channels = channels();
        if (channels.isEmpty()) {
            return;
        }
        admin = Admin.create(Map.of("bootstrap.servers",
                config.getValue("mp.messaging.connector.smallrye-kafka.bootstrap.servers", String.class),
                "request.timeout.ms", "2000", "default.api.timeout.ms", "3000"));
        for (String channel : channels) {
            String topic = config.getOptionalValue(INCOMING + channel + ".topic", String.class).orElse(channel);
            String group = config.getOptionalValue(INCOMING + channel + ".group.id", String.class)
                    .orElseGet(() -> config.getValue("mp.messaging.connector.smallrye-kafka.group.id", String.class));
            metrics.gauge("messaging_consumer_lag", new Lag(group, topic), Lag::value,
                    new Tag("channel", channel), new Tag("topic", topic));
            config.getOptionalValue(INCOMING + channel + ".dead-letter-queue.topic", String.class).ifPresent(dlq ->
                    metrics.gauge("messaging_dead_letter_records", new DeadLetters(dlq), DeadLetters::value,
                            new Tag("channel", channel), new Tag("topic", dlq)));
        }
    }

    private Set<String> channels() {
        return java.util.stream.StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".connector"))
                .filter(name -> "smallrye-kafka".equals(config.getValue(name, String.class)))
                .map(name -> name.substring(INCOMING.length(), name.length() - ".connector".length()))
                .collect(Collectors.toSet());
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** The lag of one group on one topic, recomputed at most every {@link #CACHE}; -1 when unknown. */
    private final class Lag {
        private final String group;
        private final String topic;
        private long value = -1;
        private Instant readAt = Instant.EPOCH;

        Lag(String group, String topic) {
            this.group = group;
            this.topic = topic;
        }

        synchronized long value() {
            if (Instant.now().isAfter(readAt.plus(CACHE))) {
                value = read();
                readAt = Instant.now();
            }
            return value;
        }

        private long read() {
            try {
                var partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS)
                        .get(topic).partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get(3, TimeUnit.SECONDS);
                long lag = 0;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata done = committed.get(partition);
                    lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
                }
                return lag;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Consumer lag of " + group + " on " + topic + " unknown", e);
                return -1;
            }
        }
    }

    /** Records held by a dead-letter topic (end minus start offsets), recomputed at most every {@link #CACHE}; -1 when unknown. */
    private final class DeadLetters {
        private final String topic;
        private long value = -1;
        private Instant readAt = Instant.EPOCH;

        DeadLetters(String topic) {
            this.topic = topic;
        }

        synchronized long value() {
            if (Instant.now().isAfter(readAt.plus(CACHE))) {
                value = read();
                readAt = Instant.now();
            }
            return value;
        }

        private long read() {
            try {
                if (!admin.listTopics().names().get(3, TimeUnit.SECONDS).contains(topic)) {
                    return 0; // created with the first dead letter
                }
                var partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS)
                        .get(topic).partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get(3, TimeUnit.SECONDS);
                var starts = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                        .all().get(3, TimeUnit.SECONDS);
                long records = 0;
                for (TopicPartition partition : partitions) {
                    records += ends.get(partition).offset() - starts.get(partition).offset();
                }
                return records;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Records of dead-letter topic " + topic + " unknown", e);
                return -1;
            }
        }
    }
}
