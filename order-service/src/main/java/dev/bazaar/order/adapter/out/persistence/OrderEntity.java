package dev.bazaar.order.adapter.out.persistence;

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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code orders} with its {@code order_lines} (the generated due_at is the database's). */
@Entity
@Table(name = "orders")
public class OrderEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "customer_id", nullable = false)
    String customerId;

    @Column(name = "idempotency_key", nullable = false)
    String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    String requestFingerprint;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "reason_code")
    String reasonCode;

    @Column(name = "reason")
    String reason;

    @Column(name = "total_amount", nullable = false)
    long totalAmount;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "payment_requested", nullable = false)
    boolean paymentRequested;

    @Column(name = "payment_id")
    String paymentId;

    @Column(name = "reservation_expires_at", nullable = false)
    Instant reservationExpiresAt;

    @Column(name = "step_attempts", nullable = false)
    int stepAttempts;

    @Column(name = "step_deadline_at", nullable = false)
    Instant stepDeadlineAt;

    @Column(name = "deadline_at", nullable = false)
    Instant deadlineAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    List<LineColumns> lines = new ArrayList<>();

    /** A row of {@code order_lines}; the price's currency is the order's. */
    @Embeddable
    public static class LineColumns {

        @Column(name = "product_id", nullable = false)
        String productId;

        @Column(name = "store_id", nullable = false)
        String storeId;

        @Column(name = "sku", nullable = false)
        String sku;

        @Column(name = "product_name", nullable = false)
        String productName;

        @Column(name = "quantity", nullable = false)
        int quantity;

        @Column(name = "unit_price_amount", nullable = false)
        long unitPriceAmount;
    }
}
