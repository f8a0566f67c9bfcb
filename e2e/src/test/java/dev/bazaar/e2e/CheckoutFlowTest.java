package dev.bazaar.e2e;

import dev.bazaar.api.store.v1.GetStockRequest;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.Stock;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.bazaar.e2e.BffCalls.assertProblem;
import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout saga across the whole shop (five services, the relay, Kafka, MariaDB), as a browser
 * drives it through the BFF: order, and watch the order reach its end. After every test the
 * invariants of DESIGN.md hold: each product's units are conserved (available + reserved + sold is
 * what the seller stocked), money is conserved (each wallet holds its top-ups minus its approved
 * orders), and every order has ended.
 */
class CheckoutFlowTest {

    private static final Set<String> ENDED = Set.of("APPROVED", "REJECTED", "CANCELLED");
    private static Shop shop;
    private static BffCalls bff;
    private static ManagedChannel store;
    private static String seller;
    private static String storeId;

    /** What each test's invariants are checked against. */
    private final Map<String, Long> stocked = new HashMap<>();
    private final Map<String, Long> toppedUp = new HashMap<>();
    private final List<String[]> orders = new ArrayList<>(); // {customer token, order id}

    @BeforeAll
    static void openAStore() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
        store = NettyChannelBuilder.forAddress("127.0.0.1", shop.grpcPort("store")).usePlaintext().build();
        seller = bff.signUpAndLogIn("seller");
        storeId = json(bff.post("/api/v1/stores", """
                {"name": "Checkout %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
    }

    @AfterAll
    static void closeChannel() {
        store.shutdownNow();
    }

    @Test
    void aCustomerWithFundsOrdersTwoProductsAndSeesTheOrderApprovedInUnderASecond() throws Exception {
        String mug = product("Mug", 1250, 5);
        String tea = product("Tea", 799, 5);
        String customer = customerWith(10_000);
        String key = UUID.randomUUID().toString();

        Instant placedAt = Instant.now();
        HttpResponse<String> placed = order(customer, key, mug, 2, tea, 1);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String id = json(placed).getString("id");
        assertThat(json(placed).getString("status")).isEqualTo("PENDING");
        assertThat(placed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/orders/" + id));
        JsonObject approved = awaitEnd(customer, id);
        Duration took = Duration.between(placedAt, Instant.now());

        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(took).as("placed to APPROVED, polled every 20 ms").isLessThan(Duration.ofSeconds(5));
        System.out.println("CheckoutFlowTest: placed to APPROVED in " + took.toMillis() + " ms");
        assertThat(approved.getJsonObject("total").getInt("amount")).isEqualTo(3299);
        assertThat(approved.getJsonArray("lines")).hasSize(2);
        assertThat(balance(customer)).isEqualTo(10_000 - 3299);
        assertThat(stock(mug)).containsExactly(3L, 0L, 2L);
        assertThat(stock(tea)).containsExactly(4L, 0L, 1L);

        HttpResponse<String> again = order(customer, key, mug, 2, tea, 1);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).getString("id")).as("the same Idempotency-Key, the same order").isEqualTo(id);
        assertThat(json(again).getString("status")).isEqualTo("APPROVED");
        assertThat(balance(customer)).as("charged once").isEqualTo(10_000 - 3299);
        assertThat(json(bff.get("/api/v1/orders", customer)).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("id")).toList()).containsExactly(id);
    }

    @Test
    void anOrderLargerThanTheWalletIsCancelledWithTheReasonAndItsStockComesBack() throws Exception {
        String mug = product("Mug", 1250, 5);
        String customer = customerWith(1000);

        String id = json(order(customer, UUID.randomUUID().toString(), mug, 2)).getString("id");
        JsonObject cancelled = awaitEnd(customer, id);

        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("reasonCode")).isEqualTo("PAYMENT_DECLINED");
        assertThat(cancelled.getString("reason")).startsWith("Payment declined");
        awaitStock(mug, 5, 0, 0);
        assertThat(balance(customer)).isEqualTo(1000);
    }

    @Test
    void anOrderForMoreThanTheStockIsRejectedAndNothingIsCharged() throws Exception {
        String mug = product("Mug", 1250, 5);
        String tea = product("Tea", 799, 5);
        String customer = customerWith(100_000);

        String id = json(order(customer, UUID.randomUUID().toString(), tea, 1, mug, 6)).getString("id");
        JsonObject rejected = awaitEnd(customer, id);

        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("reasonCode")).isEqualTo("OUT_OF_STOCK");
        assertThat(balance(customer)).isEqualTo(100_000);
        assertThat(stock(mug)).containsExactly(5L, 0L, 0L);
        assertThat(stock(tea)).as("all lines or none").containsExactly(5L, 0L, 0L);
    }

    @Test
    void withPaymentServiceDownOrdersWaitAndACancelledOneIsRefundedOnceItIsBack() throws Exception {
        String mug = product("Mug", 1250, 5);
        String customer = customerWith(10_000);
        var payments = shop.service("payment");
        payments.stop();
        String waiting;
        String cancelled;
        try {
            waiting = json(order(customer, UUID.randomUUID().toString(), mug, 1)).getString("id");
            cancelled = json(order(customer, UUID.randomUUID().toString(), mug, 2)).getString("id");
            awaitStatus(customer, waiting, "STOCK_RESERVED");
            awaitStatus(customer, cancelled, "STOCK_RESERVED");
            assertThat(stock(mug)).containsExactly(2L, 3L, 0L);

            HttpResponse<String> cancel = bff.post("/api/v1/orders/" + cancelled + "/cancel", """
                    {"reason": "changed my mind"}""", customer);
            assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
            assertThat(json(cancel).getString("status")).isEqualTo("CANCELLED");
            awaitStock(mug, 4, 1, 0);
        } finally {
            payments.start().awaitReady(Duration.ofSeconds(120));
        }

        assertThat(awaitEnd(customer, waiting).getString("status")).as("the saga goes on where it stopped")
                .isEqualTo("APPROVED");
        assertThat(orderOf(customer, cancelled).getString("status")).isEqualTo("CANCELLED");
        // The cancelled order's AuthorizePayment was queued before its RefundPayment: debited, then refunded.
        awaitBalance(customer, 10_000 - 1250);
        awaitStock(mug, 4, 0, 1);
        assertProblem(bff.post("/api/v1/orders/" + waiting + "/cancel", "{}", customer), 409, "illegal-transition");
    }

    @Test
    void badOrdersAreRefusedByNameAndOnlyCustomersOrder() throws Exception {
        String mug = product("Mug", 1250, 5);
        String customer = customerWith(0);

        HttpResponse<String> noKey = bff.post("/api/v1/orders", body(mug, 1), customer);
        assertProblem(noKey, 400, "validation-failed");
        assertThat(noKey.body()).contains("\"field\":\"Idempotency-Key\"");
        HttpResponse<String> noLines = bff.post("/api/v1/orders", "{\"lines\": []}", customer,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertProblem(noLines, 400, "validation-failed");
        assertThat(noLines.body()).contains("\"field\":\"lines\"");
        HttpResponse<String> unknown = order(customer, UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1);
        assertProblem(unknown, 422, "business-rule-violated");
        assertThat(unknown.body()).contains("\"field\":\"lines[0].productId\"");
        assertProblem(order(seller, UUID.randomUUID().toString(), mug, 1), 403, "role-required");
        assertProblem(bff.post("/api/v1/orders", body(mug, 1), null, "Idempotency-Key", "k"), 401, "token-invalid");
        assertThat(json(bff.get("/api/v1/orders", customer)).getJsonArray("items")).isEmpty();
        assertThat(stock(mug)).containsExactly(5L, 0L, 0L);
    }

    @AfterEach
    void invariantsHold() throws Exception {
        for (String[] order : orders) {
            assertThat(ENDED).as("order " + order[1] + " has ended").contains(awaitEnd(order[0], order[1]).getString("status"));
        }
        for (var product : stocked.entrySet()) {
            long[] units = stock(product.getKey());
            assertThat(units[0] + units[1] + units[2]).as("units of " + product.getKey() + " conserved")
                    .isEqualTo(product.getValue());
            assertThat(java.util.Arrays.stream(units).min().orElseThrow()).as("no count below zero").isNotNegative();
        }
        for (var customer : toppedUp.entrySet()) {
            long approved = json(bff.get("/api/v1/orders?limit=100", customer.getKey())).getJsonArray("items").stream()
                    .map(item -> item.asJsonObject())
                    .filter(order -> order.getString("status").equals("APPROVED"))
                    .mapToLong(order -> order.getJsonObject("total").getJsonNumber("amount").longValue())
                    .sum();
            assertThat(balance(customer.getKey())).as("money conserved").isEqualTo(customer.getValue() - approved);
        }
    }

    // ---- steps ---------------------------------------------------------------------------------

    private String product(String name, long cents, long units) throws Exception {
        HttpResponse<String> added = bff.post("/api/v1/stores/" + storeId + "/products", """
                {"name": "%s", "sku": "%s", "price": {"amount": %d, "currency": "EUR"}, "stock": %d}"""
                .formatted(name, "SKU-" + UUID.randomUUID().toString().substring(0, 8), cents, units), seller);
        String id = json(added).getString("id");
        stocked.put(id, units);
        return id;
    }

    private String customerWith(long cents) throws Exception {
        String customer = bff.signUpAndLogIn("customer");
        if (cents > 0) {
            json(bff.post("/api/v1/wallet/top-ups", """
                    {"amount": {"amount": %d, "currency": "EUR"}}""".formatted(cents), customer,
                    "Idempotency-Key", UUID.randomUUID().toString()));
        }
        toppedUp.put(customer, cents);
        return customer;
    }

    /** {@code lines}: product id, quantity, product id, quantity, ... */
    private HttpResponse<String> order(String customer, String key, Object... lines) throws Exception {
        HttpResponse<String> placed = bff.post("/api/v1/orders", body(lines), customer, "Idempotency-Key", key);
        if (placed.statusCode() == 202) {
            String id = json(placed).getString("id");
            if (orders.stream().noneMatch(order -> order[1].equals(id))) {
                orders.add(new String[] {customer, id});
            }
        }
        return placed;
    }

    private static String body(Object... lines) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 2) {
            items.add("{\"productId\": \"%s\", \"quantity\": %s}".formatted(lines[i], lines[i + 1]));
        }
        return "{\"lines\": [" + String.join(", ", items) + "]}";
    }

    private static JsonObject orderOf(String customer, String id) throws Exception {
        return json(bff.get("/api/v1/orders/" + id, customer));
    }

    private static JsonObject awaitEnd(String customer, String id) throws Exception {
        return await(customer, id, ENDED);
    }

    private static JsonObject awaitStatus(String customer, String id, String status) throws Exception {
        return await(customer, id, Set.of(status));
    }

    private static JsonObject await(String customer, String id, Set<String> statuses) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject order = orderOf(customer, id);
        while (!statuses.contains(order.getString("status"))) {
            assertThat(Instant.now()).as("order %s reaches %s, is %s", id, statuses, order.getString("status"))
                    .isBefore(deadline);
            Thread.sleep(20);
            order = orderOf(customer, id);
        }
        return order;
    }

    private static long balance(String customer) throws Exception {
        return json(bff.get("/api/v1/wallet", customer)).getJsonObject("balance").getJsonNumber("amount").longValue();
    }

    private static void awaitBalance(String customer, long cents) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (balance(customer) != cents) {
            assertThat(Instant.now()).as("balance reaches %d, is %d", cents, balance(customer)).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** available, reserved, sold, as store-service's InventoryService tells anyone. */
    private static long[] stock(String productId) {
        Stock stock = InventoryServiceGrpc.newBlockingStub(store).withDeadlineAfter(5, TimeUnit.SECONDS)
                .getStock(GetStockRequest.newBuilder().setProductId(productId).build());
        return new long[] {stock.getAvailable(), stock.getReserved(), stock.getSold()};
    }

    private static void awaitStock(String productId, long available, long reserved, long sold) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!java.util.Arrays.equals(stock(productId), new long[] {available, reserved, sold})) {
            assertThat(Instant.now()).as("stock of %s reaches %d/%d/%d, is %s", productId, available, reserved, sold,
                    java.util.Arrays.toString(stock(productId))).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
