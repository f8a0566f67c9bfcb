package dev.bazaar.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The outbox relay on its own: rows written to order-service's outbox table as a service writes
 * them (one event per transaction, from a few connections), read back from Kafka by a plain
 * consumer. Latency = the consumer's receipt - the writer's commit (both on this JVM's clock).
 * Paced: events due every 1/rate s, for latency at a rate; flat out: batches of 50 rows a
 * transaction as fast as the writers go, for the most events a second the relay delivers.
 */
final class OutboxProbe implements AutoCloseable {

    record Result(String mode, double offeredPerSecond, long written, long delivered, long duplicates,
                  double deliveredPerSecond, double p50, double p99, double max, long[] sortedMicros) {
    }

    private static final String AGGREGATE = "benchprobe";
    private static final String TOPIC = "shop." + AGGREGATE + ".events";
    private static final int WRITERS = 4;

    private final Supplier<Connection> connections;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong lastReceipt = new AtomicLong();
    private final Thread polling;
    private volatile boolean running = true;

    OutboxProbe(Supplier<Connection> connections, String bootstrap) {
        this.connections = connections;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(TOPIC));
        polling = new Thread(this::poll, "bench-outbox-consumer");
        polling.setDaemon(true);
        polling.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                Header id = record.headers().lastHeader("id");
                String key = id == null ? record.key() : new String(id.value(), StandardCharsets.UTF_8);
                if (received.putIfAbsent(key, now) != null) {
                    duplicates.incrementAndGet();
                }
                lastReceipt.set(now);
            }
        }
        consumer.close();
    }

    /** Writes a few events and waits until they arrive: the topic exists, the consumer is assigned. */
    void warmUp(int events) throws Exception {
        Map<String, Long> ids = write(events, 200, 1);
        await(ids.keySet(), Duration.ofSeconds(60));
    }

    /** {@code rate} events a second for {@code duration}, one per transaction. */
    Result paced(double rate, Duration duration) throws Exception {
        int events = (int) Math.round(rate * duration.toSeconds());
        long begin = System.nanoTime();
        Map<String, Long> committed = write(events, rate, 1);
        double offered = events / (GatlingRun.elapsed(begin).toNanos() / 1e9);
        return result("paced", offered, committed);
    }

    /** As fast as {@link #WRITERS} connections write batches of 50 rows, for {@code duration}. */
    Result flatOut(Duration duration) throws Exception {
        long begin = System.nanoTime();
        Map<String, Long> committed = write(Integer.MAX_VALUE, 0, 50, duration);
        double offered = committed.size() / (GatlingRun.elapsed(begin).toNanos() / 1e9);
        Result result = result("flat out", offered, committed);
        return result;
    }

    private Result result(String mode, double offered, Map<String, Long> committed) throws Exception {
        long firstCommit = committed.values().stream().mapToLong(Long::longValue).min().orElse(System.nanoTime());
        await(committed.keySet(), Duration.ofSeconds(120));
        long[] micros = committed.entrySet().stream().filter(e -> received.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, received.get(e.getKey()) - e.getValue()) / 1000).sorted().toArray();
        long delivered = micros.length;
        long lastReceived = committed.keySet().stream().map(received::get).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(firstCommit);
        double deliveredPerSecond = delivered / Math.max(1e-9, (lastReceived - firstCommit) / 1e9);
        return new Result(mode, offered, committed.size(), delivered, duplicates.get(), deliveredPerSecond,
                CheckoutLoad.percentile(micros, 50), CheckoutLoad.percentile(micros, 99),
                micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0, micros);
    }

    private Map<String, Long> write(int events, double rate, int batch) throws Exception {
        return write(events, rate, batch, Duration.ofHours(1));
    }

    /** Event i is due at begin + i / rate (rate 0: at once); each writer takes the next due event. */
    private Map<String, Long> write(int events, double rate, int batch, Duration limit) throws Exception {
        Map<String, Long> committed = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        long begin = System.nanoTime();
        long end = begin + limit.toNanos();
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                running.add(writers.submit(() -> {
                    try (Connection db = connections.get(); PreparedStatement insert = db.prepareStatement(
                            "INSERT INTO orders.outbox (id, aggregatetype, aggregateid, type, payload) VALUES (?, ?, ?, ?, ?)")) {
                        db.setAutoCommit(batch == 1);
                        while (System.nanoTime() < end) {
                            long first = next.getAndAdd(batch);
                            if (first >= events) {
                                break;
                            }
                            if (rate > 0) {
                                long due = begin + (long) (first * 1e9 / rate);
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    LockSupport.parkNanos(wait);
                                }
                            }
                            List<String> ids = new ArrayList<>();
                            for (long i = first; i < Math.min(events, first + batch); i++) {
                                String id = UUID.randomUUID().toString();
                                ids.add(id);
                                insert.setString(1, id);
                                insert.setString(2, AGGREGATE);
                                insert.setString(3, UUID.randomUUID().toString());
                                insert.setString(4, "BenchProbe");
                                insert.setString(5, "{\"probe\":" + i + ",\"note\":\"an event of about the size of OrderStatusChanged,"
                                        + " padded to look like one: lorem ipsum dolor sit amet consectetur\"}");
                                if (batch == 1) {
                                    insert.executeUpdate();
                                } else {
                                    insert.addBatch();
                                }
                            }
                            if (batch > 1) {
                                insert.executeBatch();
                                db.commit();
                            }
                            long now = System.nanoTime();
                            ids.forEach(id -> committed.put(id, now));
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        }
        return committed;
    }

    private void await(java.util.Collection<String> ids, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && !received.keySet().containsAll(ids)) {
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            polling.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
