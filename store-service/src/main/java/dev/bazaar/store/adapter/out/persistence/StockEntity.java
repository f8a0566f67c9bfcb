package dev.bazaar.store.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code stock}. */
@Entity
@Table(name = "stock")
public class StockEntity {

    @Id
    @Column(name = "product_id")
    String productId;

    @Column(name = "available", nullable = false)
    long available;

    @Column(name = "reserved", nullable = false)
    long reserved;

    @Column(name = "sold", nullable = false)
    long sold;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
