package dev.bazaar.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relay's Prometheus metrics on {@code /metrics}:
 * <ul>
 *   <li>{@code outbox_events_relayed_total{topic}}: events Kafka acknowledged;</li>
 *   <li>{@code outbox_relay_lag_seconds}: now minus the commit time of the last relayed event
 *       (binlog time, whole seconds; it also grows while no event comes);</li>
 *   <li>{@code outbox_relay_errors_total}: times the engine stopped with an error and was restarted.</li>
 * </ul>
 */
@ApplicationScoped
public class RelayMetrics implements RelayListener {

    static final String RELAYED = "outbox_events_relayed_total";
    static final String LAG = "outbox_relay_lag_seconds";
    static final String ERRORS = "outbox_relay_errors_total";

    private final MetricRegistry registry;
    private final Map<String, Counter> relayedByTopic = new ConcurrentHashMap<>();
    private final Counter errors;
    private volatile Instant lastCommit;

    @Inject
    RelayMetrics(MetricRegistry registry) {
        this.registry = registry;
        this.errors = registry.counter(Metadata.builder().withName(ERRORS)
                .withDescription("Times the outbox relay engine stopped with an error").build());
        registry.gauge(Metadata.builder().withName(LAG)
                .withDescription("Seconds since the database commit of the last relayed outbox event").build(),
                this, RelayMetrics::lagSeconds);
    }

    /** Creates the bean at start (it is lazy otherwise): the metrics exist, at 0, before the first event. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the constructor did the work
    }

    @Override
    public void relayed(String topic, Instant committedAt) {
        relayedByTopic.computeIfAbsent(topic, t -> registry.counter(Metadata.builder().withName(RELAYED)
                .withDescription("Outbox events published and acknowledged by Kafka").build(), new Tag("topic", t))).inc();
        lastCommit = committedAt;
    }

    @Override
    public void failed(Throwable error) {
        errors.inc();
    }

    double lagSeconds() {
        Instant last = lastCommit;
        return last == null ? 0 : Math.max(0, Duration.between(last, Instant.now()).toMillis() / 1000.0);
    }
}
