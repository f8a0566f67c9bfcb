package dev.bazaar.relay;

import io.debezium.DebeziumException;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.source.SourceRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes each batch of transformed outbox records to Kafka and only then lets the engine
 * record their binlog positions: a position is committed only for records Kafka has acknowledged
 * ({@code acks=all}), so a crash at any moment replays from before the first unacknowledged event
 * and loses none (at-least-once; consumers drop the replayed duplicates by message id).
 *
 * <p>The producer is idempotent, so its own retries never duplicate or reorder events of one
 * partition. One publisher serves one engine run: a restarted engine gets a fresh producer.
 */
final class OutboxPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>>, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());

    /** The binlog position's commit time in the source offset (seconds; MariaDB's binlog has no finer). */
    private static final String SOURCE_TIMESTAMP_SECONDS = "ts_sec";

    private final WireFormat wireFormat;
    private final Producer<byte[], byte[]> producer;
    private final RelayListener listener;

    OutboxPublisher(Map<String, String> engineConfig, RelayListener listener) {
        this.wireFormat = WireFormat.from(engineConfig);
        this.producer = new KafkaProducer<>(producerConfig(engineConfig.get("bootstrap.servers"), engineConfig.get("name")));
        this.listener = listener;
    }

    static Map<String, Object> producerConfig(String bootstrapServers, String clientId) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                // Every batch waits for its acknowledgements: lingering would only add latency.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> events,
                            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (RecordChangeEvent<SourceRecord> event : events) {
                ProducerRecord<byte[], byte[]> record = wireFormat.toProducerRecord(event.record());
                if (LOG.isLoggable(Level.FINE)) {
                    // Ids and type only: payloads may hold personal data and are never logged.
                    LOG.fine("Relaying " + header(record, "eventType") + " id " + header(record, "id") + " to " + record.topic());
                }
                acks.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            // Nothing of this batch is marked: the engine stops, the restarted one re-reads it.
            throw new DebeziumException("Kafka did not acknowledge an outbox event", e.getCause());
        } catch (RuntimeException e) {
            throw new DebeziumException("Cannot publish an outbox event", e);
        }
        for (RecordChangeEvent<SourceRecord> event : events) {
            committer.markProcessed(event);
            SourceRecord record = event.record();
            listener.relayed(record.topic(), committedAt(record));
        }
        committer.markBatchFinished();
    }

    /** Sends what is queued, then closes the producer. */
    @Override
    public void close() {
        try {
            producer.flush();
        } catch (RuntimeException e) {
            LOG.warning("Producer flush failed: " + e);
        } finally {
            producer.close(Duration.ofSeconds(10));
            wireFormat.close();
        }
    }

    private static Instant committedAt(SourceRecord record) {
        Map<String, ?> offset = record.sourceOffset();
        return offset != null && offset.get(SOURCE_TIMESTAMP_SECONDS) instanceof Number seconds
                ? Instant.ofEpochSecond(seconds.longValue())
                : Instant.now();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
