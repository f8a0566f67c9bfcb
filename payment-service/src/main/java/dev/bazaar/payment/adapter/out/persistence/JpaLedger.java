package dev.bazaar.payment.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.payment.application.port.out.Ledger;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.payment.domain.wallet.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The ledger in payment-service's own schema, through JPA; entries are only ever inserted. */
@ApplicationScoped
public class JpaLedger implements Ledger {

    private final ServiceDatabase database;

    @Inject
    public JpaLedger(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public void append(LedgerEntry entry) {
        LedgerEntryEntity entity = new LedgerEntryEntity();
        entity.id = entry.id();
        entity.customerId = entry.customerId();
        entity.kind = entry.kind().name();
        entity.amount = entry.amount().amount();
        entity.currency = entry.amount().currency();
        entity.balanceAfter = entry.balanceAfter().amount();
        entity.paymentId = entry.paymentId();
        entity.requestId = entry.requestId();
        entity.occurredAt = entry.occurredAt();
        database.entityManager().persist(entity);
        database.entityManager().flush();
    }

    @Override
    public Optional<LedgerEntry> topUp(String customerId, String requestId) {
        return database.entityManager().createQuery("""
                        SELECT e FROM LedgerEntryEntity e
                        WHERE e.customerId = :customer AND e.requestId = :request AND e.kind = 'TOP_UP'""",
                        LedgerEntryEntity.class)
                .setParameter("customer", customerId)
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst()
                .map(JpaLedger::toDomain);
    }

    private static LedgerEntry toDomain(LedgerEntryEntity entity) {
        return new LedgerEntry(entity.id, entity.customerId, LedgerEntry.Kind.valueOf(entity.kind),
                new Money(entity.amount, entity.currency), new Money(entity.balanceAfter, entity.currency),
                entity.paymentId, entity.requestId, entity.occurredAt);
    }
}
