package dev.bazaar.platform.data;

import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.UUID;

/**
 * Writes events to the service's {@code outbox} table through the service's JPA persistence
 * context, so the row joins the JTA transaction of the aggregate change. The W3C
 * {@code traceparent} of the current span goes with the row, so the trace continues on the
 * consumer's side of Kafka. Committed rows are counted in {@code outbox_events_written_total{aggregate}}:
 * beside the consumers' counts, events written but not consumed show a stalled relay, whichever
 * runtime relays them.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Metadata WRITTEN = Metadata.builder().withName("outbox_events_written_total")
            .withDescription("Events written to the outbox by committed transactions, by aggregate type").build();

    private final ServiceDatabase database;
    private final MetricRegistry metrics;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public JpaOutbox(ServiceDatabase database, MetricRegistry metrics, TransactionSynchronizationRegistry transactions) {
        this.database = database;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String record(OutboxEvent event) {
        String id = UUID.randomUUID().toString();
        database.entityManager().createNativeQuery("""
                        INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, schema_version, traceparent)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id)
                .setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, JSON.toJson(event.payload()))
                .setParameter(6, event.schemaVersion())
                .setParameter(7, traceparent())
                .executeUpdate();
        String aggregate = event.aggregateType();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.counter(WRITTEN, new Tag("aggregate", aggregate)).inc();
                }
            }
        });
        return id;
    }

    private static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
