package dev.bazaar.store.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code stores} (its generated {@code open_name_key} is left to the database). */
@Entity
@Table(name = "stores")
public class StoreEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
