package dev.bazaar.store.domain.inventory;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.domain.product.ProductId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stock an order holds, all of its lines or none, identified by the order's id: the aggregate
 * of the checkout saga's stock side. Every change of status is a legal step of
 * {@link ReservationStatus} and moves the lines' units in the {@link Stock}s handed in, which the
 * caller has locked; an illegal step throws CONFLICT (illegal-transition) before any unit moves.
 */
public final class Reservation {

    public static final int MAX_REASON = 500;

    private final UUID orderId;
    private final String customerId;
    private final List<ReservationLine> lines;
    private ReservationStatus status;
    private final Instant expiresAt;
    private String reason;
    private final Instant createdAt;
    private Instant updatedAt;

    public Reservation(UUID orderId, String customerId, List<ReservationLine> lines, ReservationStatus status,
                       Instant expiresAt, String reason, Instant createdAt, Instant updatedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerId = customerId == null ? "" : customerId;
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        if (this.lines.isEmpty() && status != ReservationStatus.REJECTED) {
            throw new IllegalArgumentException("only a rejected reservation has no lines");
        }
        if (this.lines.stream().map(ReservationLine::productId).collect(Collectors.toSet()).size() != this.lines.size()) {
            throw new IllegalArgumentException("a product appears twice in the reservation of " + orderId);
        }
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.reason = reason == null ? "" : reason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What the reserving side knows of one product: its locked stock and whether it can be ordered. */
    public record Offer(Stock stock, String sku, boolean active, boolean storeOpen) {
    }

    /** The outcome of ReserveStock: a RESERVED reservation, or a REJECTED one and the lines that failed. */
    public record Attempt(Reservation reservation, List<RejectedLine> rejected) {

        public boolean accepted() {
            return rejected.isEmpty();
        }
    }

    /**
     * Reserves every line or none. A line fails when its product is unknown (no offer), its store is
     * closed, it is inactive, or fewer units are available than requested; then nothing is reserved
     * and the reservation is REJECTED with the failing lines. Otherwise every line's units move from
     * available to reserved in the offers' stocks, until {@code expiresAt}.
     */
    public static Attempt reserve(UUID orderId, String customerId, List<ReservationLine> lines, Instant expiresAt,
                                  Map<ProductId, Offer> offers, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reservation has at least one line");
        }
        List<RejectedLine> rejected = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (ReservationLine line : lines) {
            Offer offer = offers.get(line.productId());
            RejectedLine.Reason failure = offer == null ? RejectedLine.Reason.PRODUCT_NOT_FOUND
                    : !offer.storeOpen() ? RejectedLine.Reason.STORE_CLOSED
                    : !offer.active() ? RejectedLine.Reason.PRODUCT_INACTIVE
                    : !offer.stock().canReserve(line.quantity()) ? RejectedLine.Reason.OUT_OF_STOCK
                    : null;
            if (failure != null) {
                long available = offer == null ? 0 : offer.stock().available();
                rejected.add(new RejectedLine(line.productId().toString(), line.quantity(), available, failure));
                why.add(describe(failure, offer == null ? line.productId().toString() : offer.sku()));
            }
        }
        if (!rejected.isEmpty()) {
            Reservation reservation = new Reservation(orderId, customerId, lines, ReservationStatus.REJECTED, expiresAt,
                    shorten(String.join("; ", why)), now, now);
            return new Attempt(reservation, List.copyOf(rejected));
        }
        lines.forEach(line -> offers.get(line.productId()).stock().reserve(line.quantity(), now));
        return new Attempt(new Reservation(orderId, customerId, lines, ReservationStatus.RESERVED, expiresAt, "", now, now),
                List.of());
    }

    /**
     * A ReleaseStock for an order whose ReserveStock never arrived (it was parked as a dead letter):
     * nothing is held, and the REJECTED record makes a late ReserveStock for the cancelled order
     * hold nothing either.
     */
    public static Reservation releasedBeforeReserved(UUID orderId, String reason, Instant now) {
        return new Reservation(orderId, null, List.of(), ReservationStatus.REJECTED, now,
                shorten("ReleaseStock arrived before any ReserveStock: " + reason), now, now);
    }

    /** RESERVED -> CONFIRMED: the units move from reserved to sold. */
    public void confirm(Map<ProductId, Stock> stocks, Instant now) {
        moveTo(ReservationStatus.CONFIRMED, "", now);
        lines.forEach(line -> stock(stocks, line).confirm(line.quantity(), now));
    }

    /**
     * RESERVED or CONFIRMED -> RELEASED: the units go back to available, from reserved or from sold.
     *
     * @return the status the reservation had before
     */
    public ReservationStatus release(Map<ProductId, Stock> stocks, String why, Instant now) {
        ReservationStatus previous = status;
        moveTo(ReservationStatus.RELEASED, shorten(why), now);
        for (ReservationLine line : lines) {
            if (previous == ReservationStatus.RESERVED) {
                stock(stocks, line).releaseReserved(line.quantity(), now);
            } else {
                stock(stocks, line).releaseSold(line.quantity(), now);
            }
        }
        return previous;
    }

    /** RESERVED -> EXPIRED: not confirmed before {@link #expiresAt()}; the units go back to available. */
    public void expire(Map<ProductId, Stock> stocks, Instant now) {
        moveTo(ReservationStatus.EXPIRED, "Not confirmed before " + expiresAt, now);
        lines.forEach(line -> stock(stocks, line).releaseReserved(line.quantity(), now));
    }

    /** Whether it is RESERVED and its expiry has come. */
    public boolean isDue(Instant now) {
        return status == ReservationStatus.RESERVED && !now.isBefore(expiresAt);
    }

    private void moveTo(ReservationStatus next, String why, Instant now) {
        if (!status.canBecome(next)) {
            throw ApplicationException.conflict("illegal-transition",
                    "The reservation of order " + orderId + " is " + status + " and cannot become " + next + ".");
        }
        status = next;
        reason = why;
        updatedAt = now;
    }

    private Stock stock(Map<ProductId, Stock> stocks, ReservationLine line) {
        Stock stock = stocks.get(line.productId());
        if (stock == null) {
            throw new IllegalStateException("no stock of " + line.productId() + " handed in for order " + orderId);
        }
        return stock;
    }

    private static String describe(RejectedLine.Reason reason, String product) {
        return switch (reason) {
            case OUT_OF_STOCK -> "Not enough stock for " + product;
            case PRODUCT_NOT_FOUND -> "No product " + product;
            case PRODUCT_INACTIVE -> product + " is no longer offered";
            case STORE_CLOSED -> "The store of " + product + " is closed";
            case RESERVATION_EXPIRED -> "The reservation is no longer held";
        };
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= MAX_REASON ? value : value.substring(0, MAX_REASON - 1) + "…";
    }

    public UUID orderId() {
        return orderId;
    }

    /** The order's customer; empty when no ReserveStock was ever received. */
    public String customerId() {
        return customerId;
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
