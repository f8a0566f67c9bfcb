package dev.bazaar.payment.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code payments}. */
@Entity
@Table(name = "payments")
public class PaymentEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "order_id", nullable = false)
    String orderId;

    @Column(name = "customer_id", nullable = false)
    String customerId;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "decline_reason")
    String declineReason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
