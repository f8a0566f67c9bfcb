package dev.bazaar.relay.support;

import dev.bazaar.platform.testing.TestInfrastructure;
import dev.bazaar.relay.ConnectorFile;
import dev.bazaar.relay.EngineConfig;
import dev.bazaar.relay.RelayEngine;
import dev.bazaar.relay.RelayListener;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Relays for tests: the connector file with the test infrastructure's addresses and storage topics
 * of their own, so that every test relay starts from a clean history and offsets.
 */
public final class TestRelays {

    /** Distinguishes this test run's topics and aggregate types from any other run's on the same broker. */
    public static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private TestRelays() {
    }

    public static String kafka() {
        return TestInfrastructure.kafkaBootstrapServers();
    }

    public static String offsetsTopic(String relay) {
        return "relay-test-" + RUN + "-" + relay + ".offsets";
    }

    public static String historyTopic(String relay) {
        return "relay-test-" + RUN + "-" + relay + ".schema-history";
    }

    /** The engine configuration a relay named {@code relay} uses against the test infrastructure. */
    public static Map<String, String> engineConfig(OutboxDatabase db, String relay) {
        return EngineConfig.asMap(ConnectorFile.load(),
                new EngineConfig.Connection(db.host(), db.port(), "root", "", kafka()),
                new EngineConfig.Storage(offsetsTopic(relay), (short) 1, Duration.ofSeconds(1), Optional.of(historyTopic(relay))));
    }

    /** Starts an in-process relay and waits until it reads the binlog. */
    public static RelayEngine startStreaming(OutboxDatabase db, String relay, RelayListener listener) throws InterruptedException {
        RelayEngine engine = new RelayEngine(engineConfig(db, relay), listener, RelayEngine.Restarts.DEFAULT).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!engine.isStreaming()) {
            if (System.nanoTime() > deadline || engine.hasFailedForGood()) {
                engine.stop(Duration.ofSeconds(10));
                throw new AssertionError("relay " + relay + " not streaming: " + engine.status() + " " + engine.lastError());
            }
            Thread.sleep(50);
        }
        return engine;
    }
}
