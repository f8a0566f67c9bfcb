package dev.bazaar.platform.data;

import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Writes events to the service's {@code outbox} table through the service's JPA persistence
 * context, so the row joins the JTA transaction of the aggregate change. The W3C
 * {@code traceparent} of the current span goes with the row, so the trace continues on the
 * consumer's side of Kafka.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final ServiceDatabase database;

    @Inject
    public JpaOutbox(ServiceDatabase database) {
        this.database = database;
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
