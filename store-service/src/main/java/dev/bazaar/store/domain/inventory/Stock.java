package dev.bazaar.store.domain.inventory;

import dev.bazaar.store.domain.product.ProductId;

import java.time.Instant;
import java.util.Objects;

/**
 * The units of one product: {@code available} to reserve, {@code reserved} by orders in progress,
 * {@code sold} to approved orders. None is ever negative, and {@code available + reserved + sold}
 * ({@link #total()}) changes only through {@link #setAvailable}: reserving, confirming and
 * releasing move units between the three. A move that would break either rule is a programming
 * error (the caller checks {@link #canReserve} first) and throws {@link IllegalStateException}.
 */
public final class Stock {

    private final ProductId productId;
    private long available;
    private long reserved;
    private long sold;
    private Instant updatedAt;

    public Stock(ProductId productId, long available, long reserved, long sold, Instant updatedAt) {
        this.productId = Objects.requireNonNull(productId, "productId");
        if (available < 0 || reserved < 0 || sold < 0) {
            throw new IllegalArgumentException("negative stock for " + productId);
        }
        this.available = available;
        this.reserved = reserved;
        this.sold = sold;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new product's stock: {@code available} units, nothing reserved or sold. */
    public static Stock initial(ProductId productId, long available, Instant now) {
        return new Stock(productId, available, 0, 0, now);
    }

    public boolean canReserve(long quantity) {
        return quantity > 0 && available >= quantity;
    }

    /** available -> reserved. */
    public void reserve(long quantity, Instant now) {
        requirePositive(quantity);
        if (available < quantity) {
            throw new IllegalStateException("reserving " + quantity + " of " + productId + " with " + available + " available");
        }
        available -= quantity;
        reserved += quantity;
        updatedAt = now;
    }

    /** reserved -> sold. */
    public void confirm(long quantity, Instant now) {
        requirePositive(quantity);
        requireHeld(reserved, quantity, "reserved");
        reserved -= quantity;
        sold += quantity;
        updatedAt = now;
    }

    /** reserved -> available (a released or expired reservation). */
    public void releaseReserved(long quantity, Instant now) {
        requirePositive(quantity);
        requireHeld(reserved, quantity, "reserved");
        reserved -= quantity;
        available += quantity;
        updatedAt = now;
    }

    /** sold -> available (a paid order that was cancelled). */
    public void releaseSold(long quantity, Instant now) {
        requirePositive(quantity);
        requireHeld(sold, quantity, "sold");
        sold -= quantity;
        available += quantity;
        updatedAt = now;
    }

    /**
     * Sets the units available for sale (a stock count, a delivery), leaving reserved and sold as
     * they are: the one change of {@link #total()}.
     *
     * @return the adjustment, for the log
     */
    public StockAdjustment setAvailable(long newAvailable, Instant now) {
        if (newAvailable < 0) {
            throw new IllegalArgumentException("available must be >= 0");
        }
        StockAdjustment adjustment = new StockAdjustment(productId, available, newAvailable, now);
        available = newAvailable;
        updatedAt = now;
        return adjustment;
    }

    private static void requirePositive(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    private void requireHeld(long held, long quantity, String what) {
        if (held < quantity) {
            throw new IllegalStateException("moving " + quantity + " " + what + " units of " + productId + " with " + held);
        }
    }

    public long total() {
        return available + reserved + sold;
    }

    public ProductId productId() {
        return productId;
    }

    public long available() {
        return available;
    }

    public long reserved() {
        return reserved;
    }

    public long sold() {
        return sold;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
