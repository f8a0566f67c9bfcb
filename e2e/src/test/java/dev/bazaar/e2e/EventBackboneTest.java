package dev.bazaar.e2e;

import dev.bazaar.platform.testing.TestInfrastructure;
import jakarta.json.Json;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event backbone across real processes: auth-service commits a user and its outbox row, the
 * relay (Debezium) publishes it on {@code shop.user.events}, store-service applies it once to its
 * copy of users. A relay killed with SIGKILL and started again loses no event, and no event has a
 * second effect.
 */
class EventBackboneTest {

    private static final String TOPIC = "shop.user.events";
    private static Shop shop;
    private static KafkaConsumer<String, String> topic;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        topic = new KafkaConsumer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        topic.partitionsFor(TOPIC, Duration.ofSeconds(30))
                .forEach(info -> partitions.add(new TopicPartition(TOPIC, info.partition())));
        topic.assign(partitions);
        topic.seekToEnd(partitions);
        partitions.forEach(topic::position); // resolve "end" now, before this class publishes anything
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void aSignupIsPublishedOnceAndCopiedByStoreService() throws Exception {
        Instant started = Instant.now();
        String userId = signUp("ada." + UUID.randomUUID() + "@example.org");

        List<ConsumerRecord<String, String>> published = awaitRecords(Set.of(userId));
        Duration toKafka = Duration.between(started, Instant.now());
        awaitCopies(Set.of(userId));
        Duration toStore = Duration.between(started, Instant.now());

        assertThat(published).singleElement().satisfies(record -> {
            assertThat(header(record, "eventType")).isEqualTo("UserRegistered");
            assertThat(header(record, "id")).matches("[0-9a-f-]{36}");
            assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
            assertThat(record.value()).contains("\"userId\":\"" + userId + "\"");
        });
        System.out.printf("signup -> Kafka %d ms, signup -> store copy %d ms%n", toKafka.toMillis(), toStore.toMillis());
    }

    @Test
    void aRelayKilledMidStreamLosesNothingAndNothingTakesEffectTwice() throws Exception {
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            before.add(signUp("before." + UUID.randomUUID() + "@example.org"));
        }
        shop.relay().kill(); // SIGKILL: no offset flush, no goodbye
        Set<String> during = new HashSet<>();
        try {
            for (int i = 0; i < 15; i++) {
                during.add(signUp("during." + UUID.randomUUID() + "@example.org"));
            }
        } finally {
            // the shop is shared by every test class: without its relay no later saga would move
            shop.relay().start().awaitReady(Duration.ofSeconds(120));
        }

        Set<String> all = new HashSet<>(before);
        all.addAll(during);
        List<ConsumerRecord<String, String>> published = awaitRecords(all);
        awaitCopies(all);

        Set<String> messageIds = new HashSet<>();
        published.forEach(record -> messageIds.add(header(record, "id")));
        assertThat(messageIds).as("one message per registration, redelivered or not").hasSize(all.size());
        assertThat(storeInboxClaims(messageIds)).as("each message applied once by store-service").isEqualTo(all.size());
        System.out.printf("relay SIGKILL: %d registrations, %d records on the topic (%d redelivered)%n",
                all.size(), published.size(), published.size() - all.size());
    }

    private static String signUp(String email) throws Exception {
        String body = Json.createObjectBuilder().add("email", email).add("password", "correct horse battery")
                .add("displayName", "E2E").add("role", "customer").build().toString();
        HttpResponse<String> response = new BffCalls(shop.bff().baseUri()).post("/api/v1/auth/signup", body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return BffCalls.json(response).getString("id");
    }

    /** Every record on the topic keyed by one of {@code keys}, once each key has been seen. */
    private static List<ConsumerRecord<String, String>> awaitRecords(Set<String> keys) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Set<String> missing = new HashSet<>(keys);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : topic.poll(Duration.ofMillis(100))) {
                if (keys.contains(record.key())) {
                    records.add(record);
                    missing.remove(record.key());
                }
            }
        }
        assertThat(missing).as("registrations never published").isEmpty();
        // Redeliveries of the same events may trail a little: collect them too.
        topic.poll(Duration.ofSeconds(1)).forEach(record -> {
            if (keys.contains(record.key())) {
                records.add(record);
            }
        });
        return records;
    }

    private static void awaitCopies(Set<String> userIds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        long copies;
        do {
            copies = countIn("store", "SELECT COUNT(*) FROM user_copies WHERE user_id IN (" + placeholders(userIds.size()) + ")",
                    userIds);
            if (copies == userIds.size()) {
                return;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        assertThat(copies).as("user copies in store-service").isEqualTo(userIds.size());
    }

    private static long storeInboxClaims(Set<String> messageIds) throws Exception {
        return countIn("store", "SELECT COUNT(*) FROM inbox WHERE consumer = 'store.user-copies' AND message_id IN ("
                + placeholders(messageIds.size()) + ")", messageIds);
    }

    private static long countIn(String schema, String sql, Set<String> values) throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.database();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://" + db.host() + ":" + db.port() + "/" + schema, "root", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (String value : values) {
                statement.setString(i++, value);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
