package dev.bazaar.relay;

import dev.bazaar.relay.support.OutboxDatabase;
import dev.bazaar.relay.support.OutboxDatabase.OutboxRow;
import dev.bazaar.relay.support.TestRelays;
import dev.bazaar.relay.support.TopicReader;
import dev.bazaar.relay.support.TopicReader.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay against the real MariaDB binlog and Kafka: a committed outbox row becomes one Kafka
 * record as api/events/README.md describes it; a rolled-back one becomes nothing.
 */
class RelayEngineTest {

    private static final String AGGREGATE = "relaytest-" + TestRelays.RUN;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static OutboxDatabase db;
    private static RelayEngine relay;
    private static TopicReader reader;
    private static final Map<String, Instant> committedAtByTopic = new ConcurrentHashMap<>();

    @BeforeAll
    static void startRelay() throws Exception {
        db = OutboxDatabase.prepare();
        relay = TestRelays.startStreaming(db, "engine", new RelayListener() {
            @Override
            public void relayed(String topic, Instant committedAt) {
                committedAtByTopic.put(topic, committedAt);
            }
        });
        reader = new TopicReader(TestRelays.kafka(), OutboxDatabase.topicOf(AGGREGATE));
    }

    @AfterAll
    static void stopRelay() throws Exception {
        if (reader != null) {
            reader.close();
        }
        if (relay != null) {
            assertThat(relay.stop(Duration.ofSeconds(30))).as("stopped in time").isTrue();
            assertThat(relay.status()).isEqualTo(RelayEngine.Status.STOPPED);
        }
    }

    @Test
    void aCommittedRowArrivesWithKeyPayloadAndHeaders() throws Exception {
        OutboxRow row = OutboxRow.of(AGGREGATE, UUID.randomUUID().toString(), "OrderPlaced").withSchemaVersion(2);
        Instant before = Instant.now();
        db.insert("orders", row);

        Received received = awaitId(row.id());

        assertThat(received.topic()).isEqualTo("shop." + AGGREGATE + ".events");
        assertThat(received.key()).isEqualTo(row.aggregateId());
        assertThat(received.value()).as("the payload as written, no envelope").isEqualTo(row.payload());
        assertThat(received.headers())
                .containsEntry("id", row.id())
                .containsEntry("eventType", "OrderPlaced")
                .containsEntry("traceparent", row.traceparent())
                .containsEntry("schemaVersion", "2");
        // the lag metric's source: the binlog's commit time (whole seconds)
        assertThat(committedAtByTopic.get(received.topic())).isBetween(before.minusSeconds(2), Instant.now().plusSeconds(1));
    }

    @Test
    void rowsOfEveryServiceSchemaAreRelayed() throws Exception {
        List<OutboxRow> rows = OutboxDatabase.SCHEMAS.stream()
                .map(schema -> OutboxRow.of(AGGREGATE, UUID.randomUUID().toString(), "From" + schema))
                .toList();
        for (int i = 0; i < rows.size(); i++) {
            db.insert(OutboxDatabase.SCHEMAS.get(i), rows.get(i));
        }
        for (OutboxRow row : rows) {
            assertThat(awaitId(row.id()).headers()).containsEntry("eventType", row.type());
        }
    }

    @Test
    void aRolledBackInsertPublishesNothing() throws Exception {
        OutboxRow rolledBack = OutboxRow.of(AGGREGATE, UUID.randomUUID().toString(), "NeverHappened");
        OutboxRow committed = OutboxRow.of(AGGREGATE, rolledBack.aggregateId(), "Happened");
        try (Connection connection = db.connect("payment")) {
            connection.setAutoCommit(false);
            OutboxDatabase.insert(connection, "payment", rolledBack);
            connection.rollback();
            OutboxDatabase.insert(connection, "payment", committed);
            connection.commit();
        }

        awaitId(committed.id());
        Thread.sleep(300); // anything written before the committed row would have come first; give it a margin

        assertThat(reader.received()).extracting(Received::id).doesNotContain(rolledBack.id());
        assertThat(reader.received()).filteredOn(r -> r.id().equals(committed.id())).hasSize(1);
    }

    private static Received awaitId(String id) throws InterruptedException {
        assertThat(reader.await(all -> all.stream().anyMatch(r -> id.equals(r.id())), WAIT))
                .as("event " + id + " relayed within " + WAIT.toSeconds() + " s; relay " + relay.status() + " " + relay.lastError())
                .isTrue();
        return reader.received().stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
    }
}
