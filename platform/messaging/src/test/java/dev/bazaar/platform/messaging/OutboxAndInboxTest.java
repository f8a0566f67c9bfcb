package dev.bazaar.platform.messaging;

import dev.bazaar.platform.health.ReadinessChecks;
import dev.bazaar.platform.testing.TestInfrastructure;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox and the inbox against the real MariaDB and Kafka: an event is written with its
 * aggregate or not at all; a consumed message has its effect once, however often it arrives;
 * transient failures are retried; poison and hopeless messages go to the dead-letter topic and
 * the next message is handled; the consumer's span continues the producer's trace.
 */
class OutboxAndInboxTest {

    private static final String TOPIC = "test.events";
    private static Server server;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void start() {
        server = Server.builder().build().start();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        server.stop();
    }

    // --- outbox ---

    @Test
    void anEventIsWrittenWithItsAggregateInOneTransaction() throws Exception {
        String id = UUID.randomUUID().toString();
        String messageId = bean(TestAggregates.class).create(id, "blue", false);

        Map<String, String> row = outboxRow(messageId).orElseThrow();
        assertThat(row).containsEntry("aggregatetype", "widget")
                .containsEntry("aggregateid", id)
                .containsEntry("type", "WidgetCreated")
                .containsEntry("payload", "{\"name\":\"blue\",\"widgetId\":\"" + id + "\"}")
                .containsEntry("schema_version", "1");
        assertThat(count("SELECT COUNT(*) FROM widgets WHERE id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void theAggregateAndItsEventShareOneConnectionAndCommitTogether() throws Exception {
        String id = UUID.randomUUID().toString();
        // The outside connection must not be enlisted in the transaction: a plain JDBC connection.
        var outside = new org.mariadb.jdbc.MariaDbDataSource("jdbc:mariadb://" + TestInfrastructure.database().host()
                + ":" + TestInfrastructure.database().port() + "/messaging_test?user=root");
        List<Object> seen = bean(TestAggregates.class).createAndLookFromOutside(id, outside);

        assertThat(seen.get(0)).as("connection before and after the outbox write").isEqualTo(seen.get(1));
        assertThat(seen.get(2)).as("rows visible to others before the commit").isEqualTo(0L);
        assertThat(seen.get(3)).as("the outbox row was written on the aggregate's connection").isEqualTo(1L);
        assertThat(count("SELECT COUNT(*) FROM widgets WHERE id = '" + id + "'")
                + count("SELECT COUNT(*) FROM outbox WHERE aggregateid = '" + id + "'")).as("after the commit").isEqualTo(2);
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> bean(TestAggregates.class).create(id, "red", true)).hasMessage("rolled back on purpose");

        assertThat(count("SELECT COUNT(*) FROM outbox WHERE aggregateid = '" + id + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM widgets WHERE id = '" + id + "'")).isZero();
    }

    @Test
    void theOutboxRefusesToWriteOutsideATransaction() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> bean(TestAggregates.class).recordWithoutTransaction(id))
                .hasStackTraceContaining("TransactionalException");
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE aggregateid = '" + id + "'")).isZero();
    }

    // --- inbox ---

    @Test
    void aMessageDeliveredTwiceHasOneEffect() throws Exception {
        String messageId = UUID.randomUUID().toString();
        send(messageId, "twice", null);
        send(messageId, "twice", null);
        String marker = UUID.randomUUID().toString();
        send(marker, "marker", null); // handled after both copies: the partition is consumed in order

        awaitReceived(marker);
        assertThat(count("SELECT COUNT(*) FROM received WHERE message_id = '" + messageId + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox WHERE message_id = '" + messageId + "'")).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedAndLeavesOneEffect() throws Exception {
        String messageId = UUID.randomUUID().toString();
        send(messageId, "flaky-2", null);

        awaitReceived(messageId);
        assertThat(TestConsumer.ATTEMPTS.get(messageId)).hasValue(3);
        assertThat(count("SELECT COUNT(*) FROM received WHERE message_id = '" + messageId + "'")).isEqualTo(1);
    }

    @Test
    void poisonAndHopelessMessagesGoToTheDeadLetterTopicAndTheNextIsHandled() throws Exception {
        String poison = UUID.randomUUID().toString();
        String hopeless = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        send(poison, "poison", null);
        send(hopeless, "broken", null);
        send(next, "fine", null);

        awaitReceived(next);
        assertThat(TestConsumer.ATTEMPTS.get(poison)).as("poison is not retried").hasValue(1);
        assertThat(TestConsumer.ATTEMPTS.get(hopeless)).as("retried up to the limit").hasValue(5);
        // A failed attempt leaves neither its effect nor its inbox claim behind.
        assertThat(count("SELECT COUNT(*) FROM received WHERE message_id IN ('" + poison + "','" + hopeless + "')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM inbox WHERE message_id IN ('" + poison + "','" + hopeless + "')")).isZero();

        List<ConsumerRecord<String, String>> dead = readAll(TOPIC + ".dlq", 2);
        assertThat(dead).extracting(r -> header(r, "id")).contains(poison, hopeless);
        assertThat(dead).filteredOn(r -> poison.equals(header(r, "id"))).singleElement()
                .satisfies(r -> assertThat(header(r, "dead-letter-reason")).contains("cannot be read"));
    }

    @Test
    void theConsumerContinuesTheProducersTrace() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        send(messageId, "traced", "00-" + traceId + "-b7ad6b7169203331-01");

        awaitReceived(messageId);
        assertThat(query("SELECT trace_id FROM received WHERE message_id = '" + messageId + "'")).isEqualTo(traceId);
    }

    @Test
    void readinessAndMetricsShowTheConsumer() throws Exception {
        String marker = UUID.randomUUID().toString();
        send(marker, "observed", null);
        awaitReceived(marker);

        var http = java.net.http.HttpClient.newHttpClient();
        var ready = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/healthz/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"messaging\"", "\"test-events\":\"UP\"");

        // Offsets are committed shortly after the ack; the lag settles at 0 once they are.
        Instant deadline = Instant.now().plusSeconds(30);
        String metrics;
        do {
            Thread.sleep(500);
            metrics = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                    .header("Accept", "text/plain").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } while (!metrics.matches("(?s).*messaging_consumer_lag\\{[^}]*channel=\"test-events\"[^}]*} 0\\.0.*")
                && Instant.now().isBefore(deadline));
        assertThat(metrics).containsPattern("messaging_consumer_lag\\{[^}]*channel=\"test-events\"[^}]*} 0\\.0")
                .containsPattern("messaging_messages_consumed_total\\{[^}]*outcome=\"handled\"");
    }

    // --- helpers ---

    private static void send(String messageId, String payload, String traceparent) throws Exception {
        var record = new ProducerRecord<String, String>(TOPIC, "aggregate-1", payload);
        record.headers().add("id", messageId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", "TestHappened".getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }

    private static void awaitReceived(String messageId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (count("SELECT COUNT(*) FROM received WHERE message_id = '" + messageId + "'") == 0) {
            assertThat(Instant.now()).as("message %s handled in time", messageId).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int atLeast) {
        Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(),
                "group.id", "dlq-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (records.size() < atLeast && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private static DataSource dataSource() {
        return CDI.current().select(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE)).get();
    }

    private static long count(String sql) throws Exception {
        return Long.parseLong(query(sql));
    }

    private static String query(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Optional<Map<String, String>> outboxRow(String messageId) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT aggregatetype, aggregateid, type, payload, schema_version FROM outbox WHERE id = ?")) {
            statement.setString(1, messageId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(Map.of("aggregatetype", rs.getString(1), "aggregateid", rs.getString(2),
                        "type", rs.getString(3), "payload", rs.getString(4), "schema_version", rs.getString(5)));
            }
        }
    }
}
