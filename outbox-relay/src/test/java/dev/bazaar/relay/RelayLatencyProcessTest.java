package dev.bazaar.relay;

import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.relay.support.OutboxDatabase;
import dev.bazaar.relay.support.OutboxDatabase.OutboxRow;
import dev.bazaar.relay.support.RelayProcess;
import dev.bazaar.relay.support.TestRelays;
import dev.bazaar.relay.support.TopicReader;
import dev.bazaar.relay.support.TopicReader.Received;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures commit-to-consumer latency through the relay process: the time from a service's commit
 * of an outbox row to a Kafka consumer receiving the event, for 1000 events written one per
 * transaction at 200/s. Prints p50/p99 (also to target/relay-latency.txt); timings are not
 * asserted: this machine is shared and noisy.
 */
class RelayLatencyProcessTest {

    private static final int EVENTS = 1000;
    private static final int WARM_UP = 50;
    private static final long PAUSE_NANOS = Duration.ofMillis(5).toNanos();

    @Test
    void commitToConsumerLatency() throws Exception {
        OutboxDatabase db = OutboxDatabase.prepare();
        String aggregate = "latencytest-" + TestRelays.RUN;
        ServiceProcess relay = RelayProcess.create("latency", db.host(), db.port());
        try (TopicReader reader = new TopicReader(TestRelays.kafka(), OutboxDatabase.topicOf(aggregate));
             Connection connection = db.connect("orders")) {
            relay.start().awaitReady(Duration.ofSeconds(90));

            Map<String, Long> committedAt = new HashMap<>();
            Set<String> warmUp = new HashSet<>();
            for (int i = 0; i < WARM_UP + EVENTS; i++) {
                OutboxRow row = OutboxRow.of(aggregate, UUID.randomUUID().toString(), "LatencyTest");
                OutboxDatabase.insert(connection, "orders", row); // autocommit: returns once committed
                long now = System.nanoTime();
                if (i < WARM_UP) {
                    warmUp.add(row.id());
                } else {
                    committedAt.put(row.id(), now);
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
            assertThat(reader.await(all -> all.stream().map(Received::id).filter(committedAt::containsKey).distinct().count() == EVENTS,
                    Duration.ofSeconds(60))).as("all events arrived").isTrue();

            Map<String, Long> firstReceipt = new HashMap<>();
            for (Received record : reader.received()) {
                firstReceipt.putIfAbsent(record.id(), record.receivedNanos());
            }
            long[] micros = committedAt.entrySet().stream()
                    .mapToLong(entry -> (firstReceipt.get(entry.getKey()) - entry.getValue()) / 1000)
                    .sorted()
                    .toArray();
            String summary = String.format("outbox relay commit->consumer latency, %d events at %d/s: p50 %.1f ms, p90 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms (poll.interval.ms=%s)",
                    EVENTS, Duration.ofSeconds(1).toNanos() / PAUSE_NANOS, percentile(micros, 50), percentile(micros, 90),
                    percentile(micros, 99), micros[micros.length - 1] / 1000.0,
                    ConnectorFile.load().config().get("poll.interval.ms"));
            System.out.println(summary);
            Files.writeString(Path.of("target", "relay-latency.txt"), summary + System.lineSeparator());
            assertThat(warmUp).hasSize(WARM_UP);
        } finally {
            relay.stop();
        }
    }

    private static double percentile(long[] sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }
}
