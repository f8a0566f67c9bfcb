package dev.bazaar.reliability;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event again: with store-, order- and payment-service stopped, their consumer groups are
 * deleted, so at the restart each reads every topic it follows from offset 0 (auto.offset.reset
 * is earliest) and is handed every message it ever handled. The inbox must absorb them all: every
 * table is what it was, nothing lands in a dead-letter topic, the invariants hold.
 */
@Order(4)
class RedeliveryTest {

    /** The consumer groups and their topics (each service's microprofile-config.properties). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "store-service", List.of("shop.user.events", "shop.order-saga.events"),
            "order-service", List.of("shop.stock.events", "shop.payment.events"),
            "payment-service", List.of("shop.order-saga.events"));
    private static final Map<String, String> SERVICE = Map.of("store-service", "store", "order-service", "order",
            "payment-service", "payment");

    @Test
    void replayingEveryTopicFromOffsetZeroChangesNothing() throws Exception {
        ReliabilityShop shop = ReliabilityShop.shared();
        Invariants.awaitHold(shop, Duration.ofSeconds(90));
        Map<String, String> before = TableChecksums.of(shop);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, shop.kafkaBootstrapServers()))) {
            Set<String> dlqs = GROUPS.values().stream().flatMap(List::stream).map(topic -> topic + ".dlq").collect(Collectors.toSet());
            Map<TopicPartition, Long> dlqBefore = endOffsets(admin, dlqs);
            long replayed = 0;
            for (var group : GROUPS.entrySet()) {
                replayed += endOffsets(admin, Set.copyOf(group.getValue())).values().stream().mapToLong(Long::longValue).sum();
            }

            long started = System.nanoTime();
            GROUPS.keySet().forEach(group -> assertThat(shop.service(SERVICE.get(group)).stop(Duration.ofSeconds(30)))
                    .as(group + " stops on SIGTERM").isTrue());
            for (String group : GROUPS.keySet()) {
                deleteGroup(admin, group);
            }
            try (ExecutorService twoAtATime = Executors.newFixedThreadPool(2)) {
                List<Future<?>> starts = GROUPS.keySet().stream()
                        .map(group -> twoAtATime.submit(() -> shop.restart(SERVICE.get(group)))).collect(Collectors.toList());
                for (Future<?> start : starts) {
                    start.get();
                }
            }
            for (var group : GROUPS.entrySet()) {
                awaitCaughtUp(admin, group.getKey(), Set.copyOf(group.getValue()), Duration.ofSeconds(120));
            }
            long took = Duration.ofNanos(System.nanoTime() - started).toSeconds();

            Invariants.Counts counts = Invariants.awaitHold(shop, Duration.ofSeconds(30));
            List<String> changed = TableChecksums.differences(before, TableChecksums.of(shop));
            Map<TopicPartition, Long> dlqAfter = endOffsets(admin, dlqs);
            Summary.note("%-12s %s  %d messages redelivered from offset 0 to 3 consumer groups (stop, delete group, "
                            + "restart: %d s); tables %s; dead letters %s; %s", "redelivery",
                    changed.isEmpty() && dlqAfter.equals(dlqBefore) ? "HELD  " : "BROKEN", replayed, took,
                    changed.isEmpty() ? "unchanged" : "CHANGED " + changed,
                    dlqAfter.equals(dlqBefore) ? "none new" : "NEW " + dlqAfter, counts);
            assertThat(changed).as("tables changed by the redelivery").isEmpty();
            assertThat(dlqAfter).as("dead-letter topics after the redelivery").isEqualTo(dlqBefore);
        }
    }

    private static void deleteGroup(Admin admin, String group) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // still has members until their session times out after a hard stop
                assertThat(System.nanoTime()).as("group %s deletable: %s", group, e.getCause()).isLessThan(deadline);
                Thread.sleep(500);
            }
        }
    }

    private static void awaitCaughtUp(Admin admin, String group, Set<String> topics, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<TopicPartition, Long> ends = endOffsets(admin, topics);
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            boolean caughtUp = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            if (caughtUp) {
                return;
            }
            assertThat(System.nanoTime()).as("group %s has consumed %s up to %s within %d s, now at %s", group, topics, ends,
                    bound.toSeconds(), committed).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin, Set<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        var descriptions = admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames()
                .get(10, TimeUnit.SECONDS);
        descriptions.forEach((name, description) -> description.partitions()
                .forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                : admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(end.getKey(), end.getValue().offset());
        }
        return ends;
    }
}
