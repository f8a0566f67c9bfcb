package dev.bazaar.relay;

import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.relay.support.OutboxDatabase;
import dev.bazaar.relay.support.OutboxDatabase.OutboxRow;
import dev.bazaar.relay.support.RelayProcess;
import dev.bazaar.relay.support.TestRelays;
import dev.bazaar.relay.support.TopicReader;
import dev.bazaar.relay.support.TopicReader.Received;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay as a real process, SIGKILLed while services keep writing outbox rows, then started
 * again: no row is lost (at-least-once). What it replays after the crash (at most what it had
 * relayed since its last offset commit) arrives twice; consumers drop those by message id.
 */
class RelayCrashProcessTest {

    private static final int ROWS = 1200;
    private static final long PAUSE_NANOS = Duration.ofMillis(4).toNanos();

    @Test
    void killedWhileRowsAreWrittenThenRestartedRelaysEveryRowAtLeastOnce() throws Exception {
        OutboxDatabase db = OutboxDatabase.prepare();
        String aggregate = "crashtest-" + TestRelays.RUN;
        List<String> aggregateIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            aggregateIds.add(UUID.randomUUID().toString());
        }
        List<OutboxRow> written = Collections.synchronizedList(new ArrayList<>());

        ServiceProcess relay = RelayProcess.create("crash", db.host(), db.port());
        try (TopicReader reader = new TopicReader(TestRelays.kafka(), OutboxDatabase.topicOf(aggregate))) {
            relay.start().awaitReady(Duration.ofSeconds(90));

            Thread writer = Thread.ofPlatform().name("outbox-writer").start(() -> write(db, aggregate, aggregateIds, written));
            assertThat(reader.await(all -> all.size() >= 300, Duration.ofSeconds(60))).as("relaying before the crash").isTrue();

            relay.kill(); // SIGKILL: no offset commit, no producer flush
            int beforeCrash = reader.received().size();
            Thread.sleep(1000); // rows keep coming while it is down
            relay.start().awaitReady(Duration.ofSeconds(90));

            writer.join(Duration.ofSeconds(60));
            assertThat(written).hasSize(ROWS);
            Set<String> expected = written.stream().map(OutboxRow::id).collect(Collectors.toSet());
            boolean complete = reader.await(all -> all.stream().map(Received::id).collect(Collectors.toSet()).containsAll(expected),
                    Duration.ofSeconds(60));

            List<Received> received = reader.received();
            Set<String> distinct = received.stream().map(Received::id).collect(Collectors.toSet());
            int duplicates = received.size() - distinct.size();
            System.out.printf("relay crash test: %d rows written, %d records received (%d before the SIGKILL), "
                    + "%d distinct ids, %d duplicates%n", ROWS, received.size(), beforeCrash, distinct.size(), duplicates);

            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(distinct);
            assertThat(complete).as("every row arrived; missing: " + missing.size()).isTrue();
            assertThat(distinct).isEqualTo(expected);
            assertThat(duplicates).as("only what was relayed since the last offset commit is replayed")
                    .isLessThan(beforeCrash);
            assertPerAggregateOrder(written, received);
        } finally {
            relay.stop();
        }
    }

    /** One writer, so each aggregate's events were committed in list order: consumers see them in that order. */
    private static void assertPerAggregateOrder(List<OutboxRow> written, List<Received> received) {
        Map<String, List<String>> writtenByKey = new LinkedHashMap<>();
        written.forEach(row -> writtenByKey.computeIfAbsent(row.aggregateId(), k -> new ArrayList<>()).add(row.id()));
        Map<String, List<String>> firstSeenByKey = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Received record : received) {
            if (seen.add(record.id())) {
                firstSeenByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.id());
            }
        }
        writtenByKey.forEach((key, ids) -> assertThat(firstSeenByKey.get(key)).as("order of aggregate " + key).isEqualTo(ids));
    }

    /** A service's writes: one row per transaction, round-robin over the four schemas. */
    private static void write(OutboxDatabase db, String aggregate, List<String> aggregateIds, List<OutboxRow> written) {
        List<Connection> connections = new ArrayList<>();
        try {
            for (String schema : OutboxDatabase.SCHEMAS) {
                connections.add(db.connect(schema));
            }
            for (int i = 0; i < ROWS; i++) {
                int schema = i % OutboxDatabase.SCHEMAS.size();
                OutboxRow row = OutboxRow.of(aggregate, aggregateIds.get(i % aggregateIds.size()), "CrashTest");
                OutboxDatabase.insert(connections.get(schema), OutboxDatabase.SCHEMAS.get(schema), row);
                written.add(row);
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("writing outbox rows failed", e);
        } finally {
            connections.forEach(connection -> {
                try {
                    connection.close();
                } catch (Exception ignored) {
                    // closing
                }
            });
        }
    }
}
