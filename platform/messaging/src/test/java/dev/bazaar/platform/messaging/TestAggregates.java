package dev.bazaar.platform.messaging;

import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** An application service in miniature: changes an aggregate and records its event together. */
@ApplicationScoped
public class TestAggregates {

    public record WidgetCreated(String widgetId, String name) {
    }

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public String create(String id, String name, boolean failAfterwards) {
        entityManager.createNativeQuery("INSERT INTO widgets (id, name) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, name)
                .executeUpdate();
        String messageId = outbox.record(OutboxEvent.of("widget", id, "WidgetCreated", new WidgetCreated(id, name)));
        if (failAfterwards) {
            throw new IllegalStateException("rolled back on purpose");
        }
        return messageId;
    }

    /** Not transactional: the outbox must refuse to write outside a transaction. */
    public void recordWithoutTransaction(String id) {
        outbox.record(OutboxEvent.of("widget", id, "WidgetCreated", new WidgetCreated(id, "x")));
    }
}
