package dev.bazaar.platform.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The record of consumed messages. A handler claims a message in the transaction of its effect:
 * the first claim inserts a row and the effect runs; a redelivery finds the row and the effect
 * does not run again. A concurrent second claim waits on the row lock and then sees the first.
 */
@ApplicationScoped
public class Inbox {

    private final ServiceDatabase database;

    @Inject
    public Inbox(ServiceDatabase database) {
        this.database = database;
    }

    /** True for the first delivery of this message to this consumer, false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String messageId, String topic) {
        int inserted = database.entityManager().createNativeQuery("""
                        INSERT IGNORE INTO inbox (consumer, message_id, topic) VALUES (?1, ?2, ?3)""")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .setParameter(3, topic)
                .executeUpdate();
        return inserted == 1;
    }
}
