package dev.bazaar.store.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code products} (its generated {@code search_text} is read only). */
@Entity
@Table(name = "products")
public class ProductEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "store_id", nullable = false)
    String storeId;

    @Column(name = "sku", nullable = false)
    String sku;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "price_amount", nullable = false)
    long priceAmount;

    @Column(name = "price_currency", nullable = false)
    String priceCurrency;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;
}
