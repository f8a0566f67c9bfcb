package dev.bazaar.bff.application;

import java.time.Instant;
import java.util.List;

/**
 * An order as the shop's clients see it.
 *
 * @param status     {@code PENDING}, {@code STOCK_RESERVED}, {@code PAYMENT_AUTHORIZED},
 *                   {@code APPROVED}, {@code REJECTED} or {@code CANCELLED}
 * @param reason     why it was rejected or cancelled, for people; null otherwise
 * @param reasonCode the same for programs ({@code OUT_OF_STOCK}, {@code PAYMENT_DECLINED}, ...); null otherwise
 */
public record OrderView(String id, String status, String reason, String reasonCode, List<Line> lines, Money total,
                        Instant createdAt, Instant updatedAt) {

    /** A line with the product's name and price when the order was placed. */
    public record Line(String productId, String storeId, String sku, String productName, int quantity,
                       Money unitPrice, Money lineTotal) {
    }

    /** One page of a customer's orders, newest first; {@code nextCursor} null on the last page. */
    public record Page(List<OrderView> items, String nextCursor) {
    }
}
