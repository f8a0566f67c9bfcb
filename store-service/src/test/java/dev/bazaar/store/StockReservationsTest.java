package dev.bazaar.store;

import dev.bazaar.api.store.v1.CreateProductRequest;
import dev.bazaar.api.store.v1.GetReservationRequest;
import dev.bazaar.api.store.v1.GetStockRequest;
import dev.bazaar.api.store.v1.OpenStoreRequest;
import dev.bazaar.api.store.v1.ReservationStatus;
import dev.bazaar.api.store.v1.Stock;
import dev.bazaar.api.store.v1.UpdateProductRequest;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.store.adapter.in.scheduling.ReservationExpiry;
import dev.bazaar.store.application.StockReservations;
import dev.bazaar.store.domain.inventory.ReservationLine;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.platform.testing.TestEvents;
import dev.bazaar.platform.testing.TestAccessTokens;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout saga's stock side against the service started for real: reservations all-or-none
 * under real concurrency on the real MariaDB (the oversell race), expiry, idempotent confirm and
 * release, commands for unknown orders, and the commands arriving over the real Kafka broker with
 * their replies in the outbox, valid against api/events.
 */
class StockReservationsTest extends GrpcServiceTest {

    private static final String CUSTOMER = UUID.randomUUID().toString();

    @Test
    void twoHundredCheckoutsRaceForTwentyUnitsAndExactlyTwentyWin() throws Exception {
        String product = product(20);

        List<String> outcomes = race(200, i -> List.of(new ReservationLine(id(product), 1)));

        assertThat(outcomes.stream().filter("RESERVED"::equals).count()).isEqualTo(20);
        assertThat(outcomes.stream().filter("REJECTED"::equals).count()).isEqualTo(180);
        assertStock(product, 0, 20, 0);
        assertThat(query("SELECT COUNT(*) FROM reservation_lines WHERE product_id = ?", product)).containsExactly("200");
        List<String> replies = query("""
                SELECT o.payload FROM outbox o JOIN reservation_lines l ON l.order_id = o.aggregateid
                WHERE l.product_id = ? AND o.aggregatetype = 'stock'""", product);
        assertThat(replies).hasSize(200);
        assertThat(replies.stream().filter(r -> r.contains("\"command\":\"ReserveStock\"")).count()).isEqualTo(180);
        assertThat(replies.stream().filter(r -> r.contains("OUT_OF_STOCK")).count()).isEqualTo(180);
    }

    @Test
    void checkoutsLockingTwoProductsInEitherLineOrderNeitherDeadlockNorOversell() throws Exception {
        String mug = product(30);
        String tea = product(30);

        List<String> outcomes = race(100, i -> {
            List<ReservationLine> lines = new ArrayList<>(List.of(new ReservationLine(id(mug), 1), new ReservationLine(id(tea), 1)));
            if (i % 2 == 0) {
                Collections.reverse(lines);
            }
            return lines;
        });

        assertThat(outcomes.stream().filter("RESERVED"::equals).count()).isEqualTo(30);
        assertStock(mug, 0, 30, 0);
        assertStock(tea, 0, 30, 0);
    }

    @Test
    void aReservationThatOutlivesItsExpiryGivesItsUnitsBack() throws Exception {
        String product = product(5);
        UUID order = UUID.randomUUID();
        reservations().reserve(new StockReservations.Reserve(order, CUSTOMER, List.of(new ReservationLine(id(product), 3)),
                Instant.now().plusMillis(300)));
        assertStock(product, 2, 3, 0);

        Thread.sleep(400);
        bean(ReservationExpiry.class).expireDue();

        assertStock(product, 5, 0, 0);
        assertThat(reservation(order).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_EXPIRED);
        String released = single(replies(order, "StockReleased"));
        assertThat(released).contains("\"reason\":\"EXPIRED\"", "\"previousStatus\":\"RESERVED\"");

        reservations().confirm(order);
        assertThat(single(replies(order, "StockRejected"))).as("a confirmation comes too late")
                .contains("\"command\":\"ConfirmReservation\"", "RESERVATION_EXPIRED");
        assertStock(product, 5, 0, 0);
    }

    @Test
    void aConfirmationDueAfterExpiryExpiresTheReservationFirst() throws Exception {
        String product = product(5);
        UUID order = UUID.randomUUID();
        reservations().reserve(new StockReservations.Reserve(order, CUSTOMER, List.of(new ReservationLine(id(product), 2)),
                Instant.now().minusSeconds(1)));

        reservations().confirm(order);

        assertStock(product, 5, 0, 0);
        assertThat(replies(order, "StockReleased")).hasSize(1);
        assertThat(single(replies(order, "StockRejected"))).contains("RESERVATION_EXPIRED");
        assertThat(replies(order, "StockConfirmed")).isEmpty();
    }

    @Test
    void reserveConfirmAndReleaseAreIdempotentPerOrder() throws Exception {
        String product = product(10);
        UUID order = UUID.randomUUID();
        reservations().reserve(reserve(order, product, 4));
        reservations().reserve(reserve(order, product, 4));
        assertStock(product, 6, 4, 0);
        assertThat(replies(order, "StockReserved")).as("a second ReserveStock: the same answer again, nothing held twice")
                .hasSize(2).allSatisfy(reply -> assertThat(reply).contains("\"quantity\":4"));

        reservations().confirm(order);
        reservations().confirm(order);
        assertStock(product, 6, 0, 4);
        assertThat(replies(order, "StockConfirmed")).as("the same answer again, no second effect").hasSize(2);

        reservations().release(order, "Refunded");
        reservations().release(order, "Refunded");
        assertStock(product, 10, 0, 0);
        assertThat(single(replies(order, "StockReleased"))).contains("\"reason\":\"RELEASE_REQUESTED\"",
                "\"previousStatus\":\"CONFIRMED\"");
        assertThat(reservation(order).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_RELEASED);
    }

    @Test
    void aReleaseOfAHeldReservationGivesReservedUnitsBack() throws Exception {
        String product = product(3);
        UUID order = UUID.randomUUID();
        reservations().reserve(reserve(order, product, 3));

        reservations().release(order, "Payment declined");

        assertStock(product, 3, 0, 0);
        assertThat(single(replies(order, "StockReleased"))).contains("\"previousStatus\":\"RESERVED\"");
        assertThat(reservation(order).getReason()).isEqualTo("Payment declined");
    }

    @Test
    void commandsForAnOrderWithoutReservationNeitherFailNorHoldStock() throws Exception {
        String product = product(3);
        UUID confirmed = UUID.randomUUID();
        reservations().confirm(confirmed);
        assertThat(query("SELECT COUNT(*) FROM outbox WHERE aggregateid = ?", confirmed.toString())).containsExactly("0");

        UUID released = UUID.randomUUID();
        reservations().release(released, "Cancelled by the customer");
        reservations().reserve(reserve(released, product, 1));

        assertStock(product, 3, 0, 0);
        assertThat(query("SELECT COUNT(*) FROM outbox WHERE aggregateid = ?", released.toString())).containsExactly("0");
        assertThat(query("SELECT status FROM reservations WHERE order_id = ?", released.toString())).containsExactly("REJECTED");
    }

    @Test
    void eachLineThatCannotBeReservedIsReportedAndNothingIsHeld() throws Exception {
        String seller = UUID.randomUUID().toString();
        String store = stores(seller(seller)).openStore(OpenStoreRequest.newBuilder().setName("Lines " + seller).build()).getId();
        String plenty = createProduct(seller, store, 10);
        String scarce = createProduct(seller, store, 1);
        String retired = createProduct(seller, store, 10);
        products(seller(seller)).updateProduct(UpdateProductRequest.newBuilder().setId(retired).setActive(false).build());
        String ghost = UUID.randomUUID().toString();
        UUID order = UUID.randomUUID();

        reservations().reserve(new StockReservations.Reserve(order, CUSTOMER, List.of(new ReservationLine(id(plenty), 2),
                new ReservationLine(id(scarce), 2), new ReservationLine(id(retired), 1), new ReservationLine(id(ghost), 1)),
                Instant.now().plusSeconds(900)));

        String rejected = single(replies(order, "StockRejected"));
        assertThat(rejected).contains("OUT_OF_STOCK", "PRODUCT_INACTIVE", "PRODUCT_NOT_FOUND").doesNotContain(plenty);
        assertStock(plenty, 10, 0, 0);
        assertStock(scarce, 1, 0, 0);
        assertThat(reservation(order).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(reservation(order).getLinesCount()).isEqualTo(4);
    }

    @Test
    void onlyTheOrdersCustomerOrAnAdminReadsItsReservation() throws Exception {
        UUID order = UUID.randomUUID();
        reservations().reserve(reserve(order, product(2), 1));

        assertThat(reservation(order).getCustomerId()).isEqualTo(CUSTOMER);
        assertThat(inventory(TestAccessTokens.token(UUID.randomUUID().toString(), "admin"))
                .getReservation(GetReservationRequest.newBuilder().setOrderId(order.toString()).build()).getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_RESERVED);
        assertThat(grpcFailure(() -> inventory(TestAccessTokens.token(UUID.randomUUID().toString(), "customer"))
                .getReservation(GetReservationRequest.newBuilder().setOrderId(order.toString()).build())).code())
                .isEqualTo("not-owner");
        assertThat(grpcStatus(() -> inventory(null).getReservation(GetReservationRequest.newBuilder()
                .setOrderId(order.toString()).build()))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcStatus(() -> inventory(TestAccessTokens.token(CUSTOMER, "customer")).getReservation(GetReservationRequest
                .newBuilder().setOrderId(UUID.randomUUID().toString()).build()))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void sagaCommandsOnTheBrokerAreAnsweredThroughTheOutboxOnceEach() throws Exception {
        String product = product(4);
        String order = UUID.randomUUID().toString();
        String reserveId = UUID.randomUUID().toString();
        String reserve = """
                {"orderId":"%s","customerId":"%s","lines":[{"productId":"%s","quantity":3}],
                 "expiresAt":"%s","occurredAt":"%s"}""".formatted(order, CUSTOMER, product,
                Instant.now().plusSeconds(900), Instant.now());
        assertThat(EventSchemas.violations("ReserveStock", reserve)).isEmpty();

        send(reserveId, order, "ReserveStock", reserve);
        String reserved = awaitReply(order, "StockReserved");
        assertThat(reserved).contains(order, product);
        assertStock(product, 1, 3, 0);

        // The same message again (a redelivery), a payment command on the same topic, then a confirmation.
        send(reserveId, order, "ReserveStock", reserve);
        send(UUID.randomUUID().toString(), order, "AuthorizePayment", """
                {"orderId":"%s","customerId":"%s","amount":{"amount":100,"currency":"EUR"},"occurredAt":"%s"}"""
                .formatted(order, CUSTOMER, Instant.now()));
        send(UUID.randomUUID().toString(), order, "ConfirmReservation", """
                {"orderId":"%s","occurredAt":"%s"}""".formatted(order, Instant.now()));
        awaitReply(order, "StockConfirmed");
        assertStock(product, 1, 0, 3);
        assertThat(replies(order, "StockReserved")).as("the redelivery had no second effect").hasSize(1);
        assertThat(query("SELECT COUNT(*) FROM inbox WHERE consumer = 'store.stock-reservations' AND message_id = ?",
                reserveId)).containsExactly("1");

        send(UUID.randomUUID().toString(), order, "ReleaseStock", """
                {"orderId":"%s","reason":"Order cancelled after payment","occurredAt":"%s"}""".formatted(order, Instant.now()));
        assertThat(awaitReply(order, "StockReleased")).contains("\"previousStatus\":\"CONFIRMED\"");
        assertStock(product, 4, 0, 0);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Runs {@code count} reservations at once, each for a new order, on real threads; their outcomes. */
    private static List<String> race(int count, java.util.function.IntFunction<List<ReservationLine>> lines) throws Exception {
        StockReservations reservations = reservations();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return reservations.reserve(new StockReservations.Reserve(UUID.randomUUID(), CUSTOMER, lines.apply(n),
                            Instant.now().plusSeconds(900))).status().name();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    private static StockReservations.Reserve reserve(UUID order, String product, int quantity) {
        return new StockReservations.Reserve(order, CUSTOMER, List.of(new ReservationLine(id(product), quantity)),
                Instant.now().plusSeconds(900));
    }

    private static StockReservations reservations() {
        return bean(StockReservations.class);
    }

    /** A new product of a new store with this many units. */
    private static String product(long units) {
        String seller = UUID.randomUUID().toString();
        String store = stores(seller(seller)).openStore(OpenStoreRequest.newBuilder().setName("Race " + seller).build()).getId();
        return createProduct(seller, store, units);
    }

    private static String createProduct(String seller, String store, long units) {
        return products(seller(seller)).createProduct(CreateProductRequest.newBuilder().setStoreId(store)
                .setSku("SKU-" + UUID.randomUUID()).setName("Limited").setPrice(ProductsTest.eur(990))
                .setInitialStock(units).build()).getId();
    }

    private static ProductId id(String product) {
        return new ProductId(UUID.fromString(product));
    }

    private static void assertStock(String product, long available, long reserved, long sold) throws Exception {
        Stock stock = inventory(null).getStock(GetStockRequest.newBuilder().setProductId(product).build());
        assertThat(List.of(stock.getAvailable(), stock.getReserved(), stock.getSold())).as("stock of " + product)
                .containsExactly(available, reserved, sold);
    }

    private static dev.bazaar.api.store.v1.Reservation reservation(UUID order) {
        return inventory(TestAccessTokens.token(CUSTOMER, "customer"))
                .getReservation(GetReservationRequest.newBuilder().setOrderId(order.toString()).build());
    }

    /** The outbox payloads of this type for the order, each checked against its schema. */
    private static List<String> replies(Object order, String type) throws Exception {
        List<String> payloads = query("SELECT payload FROM outbox WHERE aggregatetype = 'stock' AND aggregateid = ? AND type = ?",
                order.toString(), type);
        payloads.forEach(payload -> assertThat(EventSchemas.violations(type, payload)).as(payload).isEmpty());
        return payloads;
    }

    private static String awaitReply(String order, String type) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> found = replies(order, type);
        while (found.isEmpty()) {
            assertThat(Instant.now()).as("%s for %s in time", type, order).isBefore(deadline);
            Thread.sleep(50);
            found = replies(order, type);
        }
        return single(found);
    }

    private static String single(List<String> payloads) {
        assertThat(payloads).hasSize(1);
        return payloads.getFirst();
    }


    /** As order-service's outbox would send it, through the relay. */
    private static void send(String messageId, String order, String type, String payload) {
        TestEvents.publish("shop.order-saga.events", order, type, payload, messageId);
    }
}
