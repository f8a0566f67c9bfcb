package dev.bazaar.store.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code reservations} with its {@code reservation_lines}, in the order requested. */
@Entity
@Table(name = "reservations")
public class ReservationEntity {

    @Id
    @Column(name = "order_id")
    String orderId;

    @Column(name = "customer_id", nullable = false)
    String customerId;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    List<Line> lines = new ArrayList<>();

    /** A row of {@code reservation_lines}. */
    @Embeddable
    public static class Line {

        @Column(name = "product_id", nullable = false)
        String productId;

        @Column(name = "quantity", nullable = false)
        int quantity;
    }
}
