package dev.bazaar.payment.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code wallets}. */
@Entity
@Table(name = "wallets")
public class WalletEntity {

    @Id
    @Column(name = "customer_id")
    String customerId;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "balance", nullable = false)
    long balance;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;
}
