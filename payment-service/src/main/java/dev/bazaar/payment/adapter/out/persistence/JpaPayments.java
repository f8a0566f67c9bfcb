package dev.bazaar.payment.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.payment.application.port.out.Payments;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.payment.domain.payment.DeclineReason;
import dev.bazaar.payment.domain.payment.Payment;
import dev.bazaar.payment.domain.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Payments in payment-service's own schema, through JPA. */
@ApplicationScoped
public class JpaPayments implements Payments {

    private final ServiceDatabase database;

    @Inject
    public JpaPayments(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Payment> byOrder(String orderId) {
        return database.entityManager().createQuery("SELECT p FROM PaymentEntity p WHERE p.orderId = :order", PaymentEntity.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .map(JpaPayments::toDomain);
    }

    @Override
    public void add(Payment payment) {
        PaymentEntity entity = new PaymentEntity();
        entity.id = payment.id();
        entity.orderId = payment.orderId();
        entity.customerId = payment.customerId();
        entity.amount = payment.amount().amount();
        entity.currency = payment.amount().currency();
        entity.createdAt = payment.createdAt();
        entity.declineReason = payment.declineReason() == null ? null : payment.declineReason().name();
        copy(payment, entity);
        database.entityManager().persist(entity);
        // Now, not at commit: a concurrent payment of the same order fails here (uk_payments_order),
        // and the transaction rolls back before anything else is written.
        database.entityManager().flush();
    }

    @Override
    public void update(Payment payment) {
        PaymentEntity entity = database.entityManager().find(PaymentEntity.class, payment.id());
        if (entity == null) {
            throw new IllegalStateException("payment " + payment.id() + " is not stored");
        }
        copy(payment, entity);
        database.entityManager().flush();
    }

    private static void copy(Payment payment, PaymentEntity entity) {
        entity.status = payment.status().name();
        entity.reason = payment.reason();
        entity.updatedAt = payment.updatedAt();
    }

    private static Payment toDomain(PaymentEntity entity) {
        return new Payment(entity.id, entity.orderId, entity.customerId, new Money(entity.amount, entity.currency),
                PaymentStatus.valueOf(entity.status), entity.reason,
                entity.declineReason == null ? null : DeclineReason.valueOf(entity.declineReason),
                entity.createdAt, entity.updatedAt);
    }
}
