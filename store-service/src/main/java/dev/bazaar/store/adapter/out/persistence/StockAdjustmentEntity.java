package dev.bazaar.store.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code stock_adjustments}, written once. */
@Entity
@Table(name = "stock_adjustments")
public class StockAdjustmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "product_id", nullable = false)
    String productId;

    @Column(name = "previous_available", nullable = false)
    long previousAvailable;

    @Column(name = "new_available", nullable = false)
    long newAvailable;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "actor_id")
    String actorId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
