package dev.bazaar.relay;

import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.relay.support.OutboxDatabase;
import dev.bazaar.relay.support.OutboxDatabase.OutboxRow;
import dev.bazaar.relay.support.RelayProcess;
import dev.bazaar.relay.support.TcpGate;
import dev.bazaar.relay.support.TestRelays;
import dev.bazaar.relay.support.TopicReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the engine: DOWN while it cannot read the binlog (before it runs, and when the
 * database goes away), UP while it does; liveness stays UP throughout. Metrics on /metrics, a
 * clean exit on SIGTERM, and no payload in the log.
 */
class RelayReadinessProcessTest {

    private static final String READY = "/healthz/ready";
    private static final String LIVE = "/healthz/live";

    @Test
    void readyOnlyWhileTheEngineReadsTheBinlog() throws Exception {
        OutboxDatabase db = OutboxDatabase.prepare();
        String aggregate = "readytest-" + TestRelays.RUN;
        try (TcpGate database = new TcpGate(db.host(), db.port());
             TopicReader reader = new TopicReader(TestRelays.kafka(), OutboxDatabase.topicOf(aggregate))) {
            ServiceProcess relay = RelayProcess.create("readiness", "127.0.0.1", database.port());
            try {
                relay.start();
                assertThat(RelayProcess.awaitStatus(relay, LIVE, 200, Duration.ofSeconds(60))).as("HTTP up, alive").isTrue();
                // Not ready while the engine's starts fail; wait for the first failure to be counted
                // (how soon the engine tries depends on the machine's load, not on a fixed sleep).
                java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
                do {
                    assertThat(RelayProcess.status(relay, READY)).as("not ready: the database is unreachable").isEqualTo(503);
                    assertThat(java.time.Instant.now()).as("an engine start fails and is counted").isBefore(deadline);
                    Thread.sleep(200);
                } while (metric(relay, "outbox_relay_errors_total") < 1);
                assertThat(metric(relay, "outbox_relay_lag_seconds")).as("no event yet").isZero();

                database.open();
                relay.awaitReady(Duration.ofSeconds(90));
                OutboxRow row = OutboxRow.of(aggregate, UUID.randomUUID().toString(), "ReadyTest");
                db.insert("store", row);
                assertThat(reader.await(all -> all.stream().anyMatch(r -> row.id().equals(r.id())), Duration.ofSeconds(30))).isTrue();
                assertMetrics(relay, row.topic());

                database.close(); // the database goes away under the running engine
                assertThat(RelayProcess.awaitStatus(relay, READY, 503, Duration.ofSeconds(60))).as("not ready without the database").isTrue();
                assertThat(RelayProcess.status(relay, LIVE)).as("still alive: it reconnects by itself").isEqualTo(200);

                database.open();
                relay.awaitReady(Duration.ofSeconds(90));

                assertThat(relay.stop(Duration.ofSeconds(40))).as("SIGTERM: stopped within the grace period").isTrue();
                assertThat(relay.exitValue()).as("exit status after SIGTERM").isZero();
                String log = Files.readString(relay.logFile());
                assertThat(log).as("payloads never reach the log").doesNotContain(row.payload()).doesNotContain("grüße");
            } finally {
                relay.stop();
            }
        }
    }

    /** The value of an unlabelled (apart from Helidon's scope) metric in the Prometheus text. */
    private static double metric(ServiceProcess relay, String name) throws Exception {
        String metrics = RelayProcess.get(relay, "/metrics").body();
        return metrics.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in /metrics:\n" + metrics));
    }

    private static void assertMetrics(ServiceProcess relay, String topic) throws Exception {
        // The relay counts an event once Kafka acknowledged it, which may be after a consumer saw it.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        String metrics = RelayProcess.get(relay, "/metrics").body();
        while (!metrics.contains("topic=\"" + topic + "\"") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            metrics = RelayProcess.get(relay, "/metrics").body();
        }
        assertThat(metrics.lines().filter(line -> line.startsWith("outbox_events_relayed_total{") && line.contains("topic=\"" + topic + "\"")))
                .as(metrics).singleElement().satisfies(line -> assertThat(line).endsWith(" 1.0"));
        assertThat(metrics).contains("outbox_relay_lag_seconds").contains("outbox_relay_errors_total");
    }
}
