package dev.bazaar.platform.messaging;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** An application service in miniature: changes an aggregate and records its event together. */
@ApplicationScoped
public class TestAggregates {

    public record WidgetCreated(String widgetId, String name) {
    }

    @Inject
    Outbox outbox;

    @Inject
    ServiceDatabase database;

    @Transactional
    public String create(String id, String name, boolean failAfterwards) {
        database.entityManager().createNativeQuery("INSERT INTO widgets (id, name) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, name)
                .executeUpdate();
        String messageId = outbox.record(OutboxEvent.of("widget", id, "WidgetCreated", new WidgetCreated(id, name)));
        if (failAfterwards) {
            throw new IllegalStateException("rolled back on purpose");
        }
        return messageId;
    }

    /**
     * Writes a widget and its event, then looks from outside the transaction: what another
     * connection sees before the commit, which database connection the aggregate's writes used,
     * and whether that connection sees the uncommitted outbox row (only when it wrote it too).
     */
    @Transactional
    public List<Object> createAndLookFromOutside(String id, DataSource outside) throws Exception {
        Object before = database.entityManager().createNativeQuery("SELECT CONNECTION_ID()").getSingleResult();
        database.entityManager().createNativeQuery("INSERT INTO widgets (id, name) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, "green")
                .executeUpdate();
        outbox.record(OutboxEvent.of("widget", id, "WidgetCreated", new WidgetCreated(id, "green")));
        Object after = database.entityManager().createNativeQuery("SELECT CONNECTION_ID()").getSingleResult();
        // Uncommitted rows are seen only on the connection that wrote them.
        Object outboxSeenInside = database.entityManager()
                .createNativeQuery("SELECT COUNT(*) FROM outbox WHERE aggregateid = ?1").setParameter(1, id).getSingleResult();
        long visibleOutside;
        try (Connection connection = outside.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT (SELECT COUNT(*) FROM widgets WHERE id = ?) + (SELECT COUNT(*) FROM outbox WHERE aggregateid = ?)")) {
            statement.setString(1, id);
            statement.setString(2, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                visibleOutside = rs.getLong(1);
            }
        }
        return List.of(before.toString(), after.toString(), visibleOutside, ((Number) outboxSeenInside).longValue());
    }

    /** Not transactional: the outbox must refuse to write outside a transaction. */
    public void recordWithoutTransaction(String id) {
        outbox.record(OutboxEvent.of("widget", id, "WidgetCreated", new WidgetCreated(id, "x")));
    }
}
