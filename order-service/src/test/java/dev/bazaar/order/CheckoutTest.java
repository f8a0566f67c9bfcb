package dev.bazaar.order;

import dev.bazaar.api.order.v1.CancelOrderRequest;
import dev.bazaar.api.order.v1.GetOrderRequest;
import dev.bazaar.api.order.v1.ListOrdersRequest;
import dev.bazaar.api.order.v1.ListOrdersResponse;
import dev.bazaar.api.order.v1.Order;
import dev.bazaar.api.order.v1.OrderReason;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.order.v1.OrderStatus;
import dev.bazaar.api.order.v1.PlaceOrderLine;
import dev.bazaar.api.order.v1.PlaceOrderRequest;
import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.FieldViolation;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestAccessTokens;
import dev.bazaar.platform.testing.TestEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * order-service started for real (MariaDB, the outbox, the Kafka consumers), driven over gRPC and
 * by saga replies published on the real broker. store-service's catalogue is a stand-in
 * ({@link FakeCatalog}); auth-service's tokens come from {@link TestAccessTokens}.
 */
class CheckoutTest extends RunningServiceContract {

    static {
        TestAccessTokens.install();
        FakeCatalog.install();
        System.setProperty("bazaar.checkout.timer-interval", "PT0.2S");
    }

    private static final String STOCK = "shop.stock.events";
    private static final String PAYMENTS = "shop.payment.events";

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.order.v1.OrderService");
    }

    // ---- placing orders ------------------------------------------------------------------

    @Nested
    class PlacingAnOrder {

        @Test
        void storesItPendingWithAPriceSnapshotAndAsksStoreServiceForTheStock() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Enamel mug", 1250);
            Product tea = FakeCatalog.product("Earl Grey", 799);

            Order order = place(customer, "key-1", line(mug, 2), line(tea, 1));

            assertThat(order.getStatus()).isEqualTo(OrderStatus.ORDER_STATUS_PENDING);
            assertThat(order.getCustomerId()).isEqualTo(customer);
            assertThat(order.getTotal().getAmount()).isEqualTo(3299);
            assertThat(order.getTotal().getCurrency()).isEqualTo("EUR");
            assertThat(order.getLinesList()).extracting(l -> l.getProductName() + " x" + l.getQuantity() + " = "
                    + l.getLineTotal().getAmount()).containsExactly("Enamel mug x2 = 2500", "Earl Grey x1 = 799");
            assertThat(order.getLines(0).getStoreId()).isEqualTo(mug.getStoreId());
            assertThat(order.getLines(0).getSku()).isEqualTo(mug.getSku());

            assertThat(outboxTypes(order)).containsExactlyInAnyOrder("order:OrderPlaced", "order-saga:ReserveStock");
            for (String type : List.of("OrderPlaced", "ReserveStock")) {
                String payload = outboxPayload(order, type);
                assertThat(EventSchemas.violations(type, payload)).as(type + " " + payload).isEmpty();
            }
            assertThat(outboxPayload(order, "ReserveStock")).contains("\"quantity\":2").contains(mug.getId());
            assertThat(orders(customer).getOrder(GetOrderRequest.newBuilder().setId(order.getId()).build()))
                    .isEqualTo(order);
        }

        @Test
        void repeatingItWithTheSameKeyReturnsTheFirstOrder() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);

            Order first = place(customer, "same-key", line(mug, 1));
            Order again = place(customer, "same-key", line(mug, 1));

            assertThat(again.getId()).isEqualTo(first.getId());
            assertThat(query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customer)).containsExactly("1");
            assertThat(query("SELECT COUNT(*) FROM outbox WHERE aggregateid = ? AND type = 'ReserveStock'",
                    first.getId())).containsExactly("1");
        }

        @Test
        void concurrentRepeatsOfOneKeyMakeOneOrder() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> place(customer, "raced-key", line(mug, 1)).getId());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            Set<String> ids;
            try {
                ids = new java.util.HashSet<>();
                for (Future<String> id : pool.invokeAll(calls)) {
                    ids.add(id.get());
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(ids).hasSize(1);
            assertThat(query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customer)).containsExactly("1");
        }

        @Test
        void theSameKeyForOtherLinesIsRefused() {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);
            place(customer, "reused", line(mug, 1));

            ApplicationException e = grpcFailure(() -> place(customer, "reused", line(mug, 2)));

            assertThat(e.kind()).isEqualTo(ErrorKind.KEY_REUSED);
            assertThat(e.code()).isEqualTo("idempotency-key-reused");
        }

        @Test
        void malformedRequestsNameTheirFieldsAndStoreNothing() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);

            ApplicationException e = grpcFailure(() -> place(customer, "", line(mug, 0), line(mug, 1),
                    PlaceOrderLine.newBuilder().setProductId("not-a-uuid").setQuantity(1).build()));

            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                    "idempotency_key", "lines[0].quantity", "lines[1].product_id", "lines[2].product_id");
            assertThat(grpcFailure(() -> place(customer, "k")).violations()).extracting(FieldViolation::field)
                    .containsExactly("lines");
            assertThat(query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customer)).containsExactly("0");
        }

        @Test
        void productsThatCannotBeOrderedAreNamed() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);
            Product archived = FakeCatalog.add("Old mug", 900, "EUR", false);
            String unknown = UUID.randomUUID().toString();

            ApplicationException e = grpcFailure(() -> place(customer, "k", line(mug, 1), line(archived, 1),
                    PlaceOrderLine.newBuilder().setProductId(unknown).setQuantity(1).build()));

            assertThat(e.kind()).isEqualTo(ErrorKind.BUSINESS_RULE);
            assertThat(e.code()).isEqualTo("business-rule-violated");
            assertThat(e.violations()).extracting(FieldViolation::field)
                    .containsExactly("lines[1].product_id", "lines[2].product_id");
            assertThat(query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customer)).containsExactly("0");
        }

        @Test
        void onlyCustomersPlaceOrders() {
            Product mug = FakeCatalog.product("Mug", 1000);
            String seller = TestAccessTokens.token(UUID.randomUUID().toString(), "seller");

            assertThat(grpcFailure(() -> as(seller, stub()).placeOrder(request("k", line(mug, 1)))).code())
                    .isEqualTo("role-required");
            assertThat(grpcFailure(() -> as(null, stub()).placeOrder(request("k", line(mug, 1)))).kind())
                    .isEqualTo(ErrorKind.UNAUTHENTICATED);
        }

        @Test
        void whenStoreServiceCannotBeAskedTheClientMayRetryLater() throws Exception {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);
            FakeCatalog.down(true);
            try {
                assertThat(grpcFailure(() -> place(customer, "k", line(mug, 1))).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            } finally {
                FakeCatalog.down(false);
            }
            assertThat(place(customer, "k", line(mug, 1)).getStatus()).isEqualTo(OrderStatus.ORDER_STATUS_PENDING);
        }
    }

    // ---- reading and cancelling ------------------------------------------------------------

    @Nested
    class ReadingAndCancelling {

        @Test
        void aCustomerSeesOnlyTheirOwnOrdersAnAdminSeesAny() {
            String customer = UUID.randomUUID().toString();
            Order order = place(customer, "k", line(FakeCatalog.product("Mug", 1000), 1));
            GetOrderRequest get = GetOrderRequest.newBuilder().setId(order.getId()).build();

            assertThat(grpcFailure(() -> orders(UUID.randomUUID().toString()).getOrder(get)).code()).isEqualTo("not-owner");
            String admin = TestAccessTokens.token(UUID.randomUUID().toString(), "admin");
            assertThat(as(admin, stub()).getOrder(get).getId()).isEqualTo(order.getId());
            assertThat(grpcFailure(() -> orders(customer).getOrder(GetOrderRequest.newBuilder()
                    .setId(UUID.randomUUID().toString()).build())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
            assertThat(grpcFailure(() -> orders(customer).getOrder(GetOrderRequest.newBuilder().setId("x").build()))
                    .kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        }

        @Test
        void aCustomerListsTheirOrdersNewestFirstAPageAtATime() {
            String customer = UUID.randomUUID().toString();
            Product mug = FakeCatalog.product("Mug", 1000);
            List<String> placed = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                placed.add(place(customer, "k" + i, line(mug, 1)).getId());
            }
            place(UUID.randomUUID().toString(), "someone-else", line(mug, 1));

            List<String> listed = new ArrayList<>();
            String cursor = "";
            do {
                ListOrdersResponse page = orders(customer).listOrders(ListOrdersRequest.newBuilder()
                        .setPage(PageRequest.newBuilder().setLimit(2).setCursor(cursor)).build());
                assertThat(page.getItemsCount()).isLessThanOrEqualTo(2);
                page.getItemsList().forEach(order -> listed.add(order.getId()));
                cursor = page.getNextCursor();
            } while (!cursor.isEmpty());

            assertThat(listed).containsExactlyElementsOf(placed.reversed());
            assertThat(grpcFailure(() -> orders(customer).listOrders(ListOrdersRequest.newBuilder()
                    .setCustomerId(UUID.randomUUID().toString()).build())).kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        }

        @Test
        void theCustomerCancelsAPendingOrderAndItsStockIsReleased() throws Exception {
            String customer = UUID.randomUUID().toString();
            Order order = place(customer, "k", line(FakeCatalog.product("Mug", 1000), 1));

            Order cancelled = orders(customer).cancelOrder(CancelOrderRequest.newBuilder().setId(order.getId())
                    .setReason("changed my mind").build());

            assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.ORDER_STATUS_CANCELLED);
            assertThat(cancelled.getReasonCode()).isEqualTo(OrderReason.ORDER_REASON_CANCELLED_BY_CUSTOMER);
            assertThat(cancelled.getReason()).isEqualTo("Cancelled by the customer: changed my mind");
            assertThat(outboxTypes(order)).containsExactlyInAnyOrder("order:OrderPlaced", "order-saga:ReserveStock",
                    "order:OrderStatusChanged", "order:OrderCancelled", "order-saga:ReleaseStock");
            for (String type : List.of("OrderStatusChanged", "OrderCancelled", "ReleaseStock")) {
                assertThat(EventSchemas.violations(type, outboxPayload(order, type))).as(type).isEmpty();
            }
            assertThat(query("SELECT CONCAT(from_status, '>', to_status) FROM order_history WHERE order_id = ?",
                    order.getId())).containsExactly("PENDING>CANCELLED");

            ApplicationException again = grpcFailure(() -> orders(customer).cancelOrder(
                    CancelOrderRequest.newBuilder().setId(order.getId()).build()));
            assertThat(again.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(again.code()).isEqualTo("illegal-transition");
        }

        @Test
        void noOneElseCancelsACustomersOrder() throws Exception {
            String customer = UUID.randomUUID().toString();
            Order order = place(customer, "k", line(FakeCatalog.product("Mug", 1000), 1));

            assertThat(grpcFailure(() -> orders(UUID.randomUUID().toString()).cancelOrder(
                    CancelOrderRequest.newBuilder().setId(order.getId()).build())).code()).isEqualTo("not-owner");
            assertThat(status(order)).isEqualTo("PENDING");
        }
    }

    // ---- the saga ----------------------------------------------------------------------------

    @Nested
    class TheSaga {

        @Test
        void reservedPaidAndConfirmedApprovesTheOrder() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 2));

            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));
            eventually("STOCK_RESERVED", () -> status(order).equals("STOCK_RESERVED"));
            String authorize = outboxPayload(order, "AuthorizePayment");
            assertThat(EventSchemas.violations("AuthorizePayment", authorize)).isEmpty();
            assertThat(authorize).contains("\"amount\":2500");

            String paymentId = UUID.randomUUID().toString();
            TestEvents.publish(PAYMENTS, paymentId, "PaymentAuthorized", paymentReply(order, paymentId, null));
            eventually("PAYMENT_AUTHORIZED", () -> status(order).equals("PAYMENT_AUTHORIZED"));
            assertThat(outboxTypes(order)).contains("order-saga:ConfirmReservation");

            TestEvents.publish(STOCK, order.getId(), "StockConfirmed", stockConfirmed(order));
            eventually("APPROVED", () -> status(order).equals("APPROVED"));
            assertThat(EventSchemas.violations("OrderApproved", outboxPayload(order, "OrderApproved"))).isEmpty();
            assertThat(outboxPayload(order, "OrderApproved")).contains(paymentId);
            assertThat(query("SELECT CONCAT(from_status, '>', to_status) FROM order_history WHERE order_id = ? ORDER BY id",
                    order.getId())).containsExactly("PENDING>STOCK_RESERVED", "STOCK_RESERVED>PAYMENT_AUTHORIZED",
                    "PAYMENT_AUTHORIZED>APPROVED");
            assertThat(metric("orders_ended_total")).anyMatch(line -> line.contains("reason=\"NONE\"")
                    && line.contains("status=\"APPROVED\""));
        }

        @Test
        void aRedeliveredReplyHasNoSecondEffect() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));
            String messageId = UUID.randomUUID().toString();

            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order), messageId);
            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order), messageId);
            // A marker after both: once it is handled, so is the redelivery before it.
            TestEvents.publish(STOCK, order.getId(), "StockSomethingElse", "{}");
            eventually("both handled", () -> query("SELECT COUNT(*) FROM inbox WHERE message_id = ?", messageId)
                    .equals(List.of("1")) && status(order).equals("STOCK_RESERVED"));
            Thread.sleep(500);

            assertThat(query("SELECT COUNT(*) FROM outbox WHERE aggregateid = ? AND type = 'AuthorizePayment'",
                    order.getId())).containsExactly("1");
            assertThat(query("SELECT COUNT(*) FROM order_history WHERE order_id = ?", order.getId())).containsExactly("1");
        }

        @Test
        void aDeclinedPaymentCancelsTheOrderAndReleasesTheStock() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));
            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));
            eventually("STOCK_RESERVED", () -> status(order).equals("STOCK_RESERVED"));

            String paymentId = UUID.randomUUID().toString();
            TestEvents.publish(PAYMENTS, paymentId, "PaymentDeclined", paymentReply(order, paymentId, "Wallet is empty"));

            eventually("CANCELLED", () -> status(order).equals("CANCELLED"));
            Order cancelled = orders(order.getCustomerId()).getOrder(GetOrderRequest.newBuilder().setId(order.getId()).build());
            assertThat(cancelled.getReasonCode()).isEqualTo(OrderReason.ORDER_REASON_PAYMENT_DECLINED);
            assertThat(cancelled.getReason()).isEqualTo("Payment declined: Wallet is empty");
            assertThat(outboxTypes(order)).contains("order-saga:ReleaseStock").doesNotContain("order-saga:RefundPayment");
        }

        @Test
        void noStockRejectsTheOrder() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 3));

            TestEvents.publish(STOCK, order.getId(), "StockRejected", """
                    {"orderId":"%s","command":"ReserveStock","reason":"Not enough stock for MUG","lines":[
                     {"productId":"%s","requested":3,"available":1,"reason":"OUT_OF_STOCK"}],
                     "occurredAt":"2026-11-25T10:00:00Z"}""".formatted(order.getId(), order.getLines(0).getProductId()));

            eventually("REJECTED", () -> status(order).equals("REJECTED"));
            Order rejected = orders(order.getCustomerId()).getOrder(GetOrderRequest.newBuilder().setId(order.getId()).build());
            assertThat(rejected.getReasonCode()).isEqualTo(OrderReason.ORDER_REASON_OUT_OF_STOCK);
            assertThat(rejected.getReason()).isEqualTo("Not enough stock for MUG");
            assertThat(EventSchemas.violations("OrderRejected", outboxPayload(order, "OrderRejected"))).isEmpty();
        }

        @Test
        void aReplyForAnOrderTheCustomerCancelledChangesNothing() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));
            orders(order.getCustomerId()).cancelOrder(CancelOrderRequest.newBuilder().setId(order.getId()).build());
            String messageId = TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));

            eventually("the late reply handled", () -> !query("SELECT 1 FROM inbox WHERE message_id = ?", messageId).isEmpty());

            assertThat(status(order)).isEqualTo("CANCELLED");
            assertThat(outboxTypes(order)).doesNotContain("order-saga:AuthorizePayment");
            assertThat(metric("saga_replies_ignored_total")).anyMatch(line -> line.contains("reply=\"StockReserved\""));
        }

        @Test
        void aReplyThatDoesNotFitTheOrderIsParkedAndChangesNothing() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));

            // Confirmation of a reservation the order never got: an illegal transition.
            String messageId = TestEvents.publish(STOCK, order.getId(), "StockConfirmed", stockConfirmed(order));
            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));

            eventually("the next reply handled", () -> status(order).equals("STOCK_RESERVED"));
            assertThat(query("SELECT 1 FROM inbox WHERE message_id = ?", messageId)).isEmpty();
            assertThat(query("SELECT COUNT(*) FROM order_history WHERE order_id = ?", order.getId())).containsExactly("1");
        }

        @Test
        void aStepWithoutReplyIsSentAgainAndTheRepeatedAnswerChangesNothing() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));

            // As if store-service had not answered within the step timeout.
            update("UPDATE orders SET step_deadline_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?", order.getId());
            eventually("ReserveStock sent again", () -> query(
                    "SELECT COUNT(*) FROM outbox WHERE aggregateid = ? AND type = 'ReserveStock'", order.getId())
                    .equals(List.of("2")));
            assertThat(status(order)).isEqualTo("PENDING");
            List<String> commands = query("SELECT payload FROM outbox WHERE aggregateid = ? AND type = 'ReserveStock'",
                    order.getId());
            assertThat(commands.get(0).replaceAll("\"occurredAt\":\"[^\"]+\"", ""))
                    .isEqualTo(commands.get(1).replaceAll("\"occurredAt\":\"[^\"]+\"", ""));

            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));
            String repeat = TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));
            eventually("both answers handled", () -> !query("SELECT 1 FROM inbox WHERE message_id = ?", repeat).isEmpty());

            assertThat(status(order)).isEqualTo("STOCK_RESERVED");
            assertThat(query("SELECT COUNT(*) FROM outbox WHERE aggregateid = ? AND type = 'AuthorizePayment'",
                    order.getId())).containsExactly("1");
        }

        @Test
        void aCheckoutPastItsDeadlineIsCancelledAndItsPaymentRefunded() throws Exception {
            Order order = place(UUID.randomUUID().toString(), "k", line(FakeCatalog.product("Mug", 1250), 1));
            TestEvents.publish(STOCK, order.getId(), "StockReserved", stockReserved(order));
            eventually("STOCK_RESERVED", () -> status(order).equals("STOCK_RESERVED"));

            // As if payment-service had been silent for the whole deadline.
            update("UPDATE orders SET deadline_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?", order.getId());

            eventually("CANCELLED", () -> status(order).equals("CANCELLED"));
            assertThat(query("SELECT reason_code FROM orders WHERE id = ?", order.getId())).containsExactly("TIMED_OUT");
            assertThat(outboxTypes(order)).contains("order-saga:ReleaseStock", "order-saga:RefundPayment");
            assertThat(EventSchemas.violations("RefundPayment", outboxPayload(order, "RefundPayment"))).isEmpty();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static OrderServiceGrpc.OrderServiceBlockingStub stub() {
        return OrderServiceGrpc.newBlockingStub(grpcChannel());
    }

    private static OrderServiceGrpc.OrderServiceBlockingStub orders(String customerId) {
        return as(TestAccessTokens.token(customerId, "customer"), stub());
    }

    private static Order place(String customerId, String key, PlaceOrderLine... lines) {
        return orders(customerId).placeOrder(request(key, lines));
    }

    private static PlaceOrderRequest request(String key, PlaceOrderLine... lines) {
        return PlaceOrderRequest.newBuilder().setIdempotencyKey(key).addAllLines(List.of(lines)).build();
    }

    private static PlaceOrderLine line(Product product, int quantity) {
        return PlaceOrderLine.newBuilder().setProductId(product.getId()).setQuantity(quantity).build();
    }

    /** The Prometheus lines of one metric. */
    private static List<String> metric(String name) throws Exception {
        return get("/metrics", "text/plain").body().lines().filter(line -> line.startsWith(name + "{")).toList();
    }

    private static String status(Order order) throws Exception {
        return query("SELECT status FROM orders WHERE id = ?", order.getId()).getFirst();
    }

    private static List<String> outboxTypes(Order order) throws Exception {
        return query("SELECT CONCAT(aggregatetype, ':', type) FROM outbox WHERE aggregateid = ?",
                order.getId());
    }

    private static String outboxPayload(Order order, String type) throws Exception {
        List<String> payloads = query("SELECT payload FROM outbox WHERE aggregateid = ? AND type = ?", order.getId(), type);
        assertThat(payloads).as(type + " in the outbox").hasSize(1);
        return payloads.getFirst();
    }

    private static String stockReserved(Order order) {
        return """
                {"orderId":"%s","lines":[{"productId":"%s","quantity":%d}],"expiresAt":"2026-11-25T10:15:00Z",
                 "occurredAt":"2026-11-25T10:00:00Z"}""".formatted(order.getId(), order.getLines(0).getProductId(),
                order.getLines(0).getQuantity());
    }

    private static String stockConfirmed(Order order) {
        return """
                {"orderId":"%s","lines":[{"productId":"%s","quantity":%d}],"occurredAt":"2026-11-25T10:00:00Z"}"""
                .formatted(order.getId(), order.getLines(0).getProductId(), order.getLines(0).getQuantity());
    }

    private static String paymentReply(Order order, String paymentId, String declineReason) {
        return """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":%d,"currency":"EUR"},%s
                 "occurredAt":"2026-11-25T10:00:00Z"}""".formatted(paymentId, order.getId(), order.getCustomerId(),
                order.getTotal().getAmount(), declineReason == null ? ""
                        : "\"reason\":\"" + declineReason + "\",\"reasonCode\":\"INSUFFICIENT_FUNDS\",");
    }
}
