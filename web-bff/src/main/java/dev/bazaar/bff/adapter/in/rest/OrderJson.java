package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.OrderView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The JSON bodies of the order endpoints (JSON-B records, camelCase). */
public final class OrderJson {

    private OrderJson() {
    }

    @Schema(name = "PlaceOrderRequest", description = "What to order; prices are taken when the order is placed")
    public record PlaceOrderRequest(
            @Schema(required = true, minItems = 1, maxItems = 50, description = "Each product at most once")
            List<LineRequest> lines) {

        static final PlaceOrderRequest EMPTY = new PlaceOrderRequest(null);
    }

    @Schema(name = "OrderLineRequest")
    public record LineRequest(
            @Schema(required = true, format = "uuid") String productId,
            @Schema(required = true, minimum = "1", maximum = "999") Integer quantity) {
    }

    @Schema(name = "CancelOrderRequest", description = "Optional; why, in your words")
    public record CancelOrderRequest(@Schema(maxLength = 500) String reason) {
    }

    @Schema(name = "OrderAccepted", description = "The order is placed; follow its status")
    public record OrderAccepted(@Schema(format = "uuid") String id, @Schema(enumeration = {"PENDING", "STOCK_RESERVED",
            "PAYMENT_AUTHORIZED", "APPROVED", "REJECTED", "CANCELLED"}) String status) {
    }

    @Schema(name = "OrderLine", description = "A product, how many, and its name and price when the order was placed")
    public record LineBody(@Schema(format = "uuid") String productId, @Schema(format = "uuid") String storeId,
                           String sku, String productName, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {
    }

    @Schema(name = "Order", description = "A customer's order")
    public record OrderBody(
            @Schema(format = "uuid") String id,
            @Schema(enumeration = {"PENDING", "STOCK_RESERVED", "PAYMENT_AUTHORIZED", "APPROVED", "REJECTED",
                    "CANCELLED"}) String status,
            @Schema(description = "Why it was rejected or cancelled; null otherwise") String reason,
            @Schema(description = "The same for programs: OUT_OF_STOCK, PRODUCT_UNAVAILABLE, RESERVATION_EXPIRED, "
                    + "PAYMENT_DECLINED, CANCELLED_BY_CUSTOMER, CANCELLED_BY_ADMIN, TIMED_OUT") String reasonCode,
            List<LineBody> lines,
            MoneyJson total,
            java.time.Instant createdAt,
            java.time.Instant updatedAt) {

        static OrderBody of(OrderView order) {
            return new OrderBody(order.id(), order.status(), order.reason(), order.reasonCode(),
                    order.lines().stream().map(line -> new LineBody(line.productId(), line.storeId(), line.sku(),
                            line.productName(), line.quantity(), MoneyJson.of(line.unitPrice()),
                            MoneyJson.of(line.lineTotal()))).toList(),
                    MoneyJson.of(order.total()), order.createdAt(), order.updatedAt());
        }
    }

    @Schema(name = "OrderList", description = "A page of orders, newest first")
    public record OrderListBody(List<OrderBody> items, @Schema(nullable = true) String nextCursor) {

        static OrderListBody of(OrderView.Page page) {
            return new OrderListBody(page.items().stream().map(OrderBody::of).toList(), page.nextCursor());
        }
    }
}
