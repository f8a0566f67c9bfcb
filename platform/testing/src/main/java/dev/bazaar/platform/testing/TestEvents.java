package dev.bazaar.platform.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes events to the test broker exactly as the outbox relay does (api/events/README.md):
 * key = aggregate id, JSON payload, headers {@code id}, {@code eventType}, {@code schemaVersion}.
 * For tests of a service's consumers; sending the same message id twice is a redelivery.
 */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** Publishes with a new message id, which it returns. */
    public static String publish(String topic, String key, String eventType, String payload) {
        String messageId = UUID.randomUUID().toString();
        publish(topic, key, eventType, payload, messageId);
        return messageId;
    }

    /** Publishes with the given message id and waits until the broker has it. */
    public static void publish(String topic, String key, String eventType, String payload, String messageId) {
        var record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("id", messageId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", eventType.getBytes(StandardCharsets.UTF_8));
        record.headers().add("schemaVersion", "1".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + eventType + " to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(),
                    "acks", "all"), new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        return producer;
    }
}
