package dev.bazaar.payment.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code ledger_entries}; inserted, never updated. */
@Entity
@Table(name = "ledger_entries")
public class LedgerEntryEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "customer_id", nullable = false)
    String customerId;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "balance_after", nullable = false)
    long balanceAfter;

    @Column(name = "payment_id")
    String paymentId;

    @Column(name = "request_id")
    String requestId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
}
