package dev.bazaar.e2e;

import dev.bazaar.platform.testing.OtlpReceiver;
import dev.bazaar.platform.testing.OtlpReceiver.ReceivedSpan;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an SRE does with a checkout (docs/operations.md), asserted: the trace id in the BFF's log line
 * of {@code POST /api/v1/orders} leads to ONE trace that holds the whole checkout: the BFF's request,
 * the gRPC call to order-service (and its call to store-service for prices), the database
 * statements, every outbox row's relay to Kafka, and the consumer span of every saga step in the
 * service that handled it. The spans are those the processes export over OTLP, received by the
 * {@link OtlpReceiver} the {@link Shop} points them at; no span is assumed, each is looked up by
 * service, kind and what it did.
 */
class CheckoutTraceTest {

    private static final Pattern ORDER_LINE = Pattern.compile("\\[([0-9a-f]{32}) ([0-9a-f]{16})] POST /api/v1/orders 202 ");

    /** Each saga step: the service whose consumer handled it, and the message it handled. */
    private static final Map<String, String> SAGA_STEPS = Map.of(
            "ReserveStock", "store-service",
            "StockReserved", "order-service",
            "AuthorizePayment", "payment-service",
            "PaymentAuthorized", "order-service",
            "ConfirmReservation", "store-service");

    private static Shop shop;
    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
    }

    @Test
    void theTraceIdOfTheBffsLogLineLeadsToOneTraceOfTheWholeCheckout() throws Exception {
        String seller = bff.signUpAndLogIn("seller");
        String storeId = json(bff.post("/api/v1/stores", """
                {"name": "Traced %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
        String mug = json(bff.post("/api/v1/stores/" + storeId + "/products", """
                {"name": "Mug", "sku": "SKU-%s", "price": {"amount": 1250, "currency": "EUR"}, "stock": 3}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), seller)).getString("id");
        String customer = bff.signUpAndLogIn("customer");
        json(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 5000, "currency": "EUR"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString()));

        long logBefore = Files.size(shop.bff().logFile());
        HttpResponse<String> placed = bff.post("/api/v1/orders", """
                {"lines": [{"productId": "%s", "quantity": 2}]}""".formatted(mug), customer,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = json(placed).getString("id");
        assertThat(awaitEnd(customer, orderId).getString("status")).isEqualTo("APPROVED");

        // The SRE's first step: the BFF's one log line for the request, with its trace and span id.
        byte[] log = Files.readAllBytes(shop.bff().logFile());
        String newLog = new String(log, (int) logBefore, log.length - (int) logBefore, java.nio.charset.StandardCharsets.UTF_8);
        Matcher line = ORDER_LINE.matcher(newLog);
        assertThat(line.find()).as("the BFF logs POST /api/v1/orders with its trace id:\n" + newLog).isTrue();
        String traceId = line.group(1);
        String bffSpanId = line.group(2);

        List<ReceivedSpan> trace = shop.traces().awaitTrace(traceId, CheckoutTraceTest::complete, Duration.ofSeconds(30));
        String shape = trace.stream().map(ReceivedSpan::toString).sorted().collect(Collectors.joining("\n"));

        // one tree: a single root, the BFF's request, and every other span's parent in the trace
        assertThat(trace).as(shape).filteredOn(ReceivedSpan::isRoot).singleElement().satisfies(root -> {
            assertThat(root.service()).isEqualTo("web-bff");
            assertThat(root.kind()).isEqualTo("SERVER");
            assertThat(root.name()).isEqualTo("POST /api/v1/orders");
            assertThat(root.spanId()).as("the span id of the log line").isEqualTo(bffSpanId);
            assertThat(root.attribute("http.response.status_code")).isEqualTo("202");
        });
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).as(shape).filteredOn(span -> !span.isRoot())
                .allSatisfy(span -> assertThat(ids).as("parent of " + span).contains(span.parentSpanId()));

        // every service, the relay included
        assertThat(trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet())).as(shape)
                .contains("web-bff", "order-service", "store-service", "payment-service", "outbox-relay");

        // BFF -> order-service over gRPC: a client span, and the server span its child
        ReceivedSpan placeOrderCall = single(trace, shape, span -> span.service().equals("web-bff")
                && span.kind().equals("CLIENT") && span.name().endsWith("/PlaceOrder"));
        ReceivedSpan placeOrder = single(trace, shape, span -> span.service().equals("order-service")
                && span.kind().equals("SERVER") && span.name().endsWith("/PlaceOrder"));
        assertThat(placeOrder.parentSpanId()).isEqualTo(placeOrderCall.spanId());
        assertThat(placeOrder.attribute("rpc.grpc.status_code")).isEqualTo("0");

        // the database: statements of PlaceOrder, its outbox row among them, and its commit
        assertThat(trace).as(shape).anySatisfy(span -> {
            assertThat(span.service()).isEqualTo("order-service");
            assertThat(span.kind()).isEqualTo("CLIENT");
            assertThat(dbSystem(span)).isEqualTo("mariadb");
            assertThat(span.name()).containsIgnoringCase("outbox");
            assertThat(span.parentSpanId()).isEqualTo(placeOrder.spanId());
        });

        // every saga step: relayed by the outbox relay (a producer span), then consumed by its service
        for (var step : SAGA_STEPS.entrySet()) {
            // (every service on a topic consumes each of its messages: payment-service also reads, and
            // skips, the store's commands on shop.order-saga.events)
            ReceivedSpan consumed = single(trace, shape, span -> span.kind().equals("CONSUMER")
                    && span.service().equals(step.getValue()) && step.getKey().equals(span.attribute("bazaar.event.type")));
            ReceivedSpan relayed = trace.stream().filter(span -> span.spanId().equals(consumed.parentSpanId()))
                    .findFirst().orElseThrow();
            assertThat(relayed.service()).as("the hop before " + consumed).isEqualTo("outbox-relay");
            assertThat(relayed.kind()).isEqualTo("PRODUCER");
            assertThat(relayed.attribute("messaging.destination.name")).isEqualTo(consumed.attribute("messaging.destination.name"));
            assertThat(trace).as("%s writes to the database in its span", consumed).anySatisfy(span -> {
                assertThat(span.parentSpanId()).isEqualTo(consumed.spanId());
                assertThat(dbSystem(span)).isEqualTo("mariadb");
            });
        }
        System.out.println("CheckoutTraceTest: trace " + traceId + " of " + trace.size() + " spans:\n" + shape);
    }

    /** Complete: every saga step's consumer span has arrived, and the parent of every span (relay spans arrive on their own). */
    private static boolean complete(List<ReceivedSpan> trace) {
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        return SAGA_STEPS.entrySet().stream().allMatch(step -> trace.stream().anyMatch(span -> span.kind().equals("CONSUMER")
                && span.service().equals(step.getValue()) && step.getKey().equals(span.attribute("bazaar.event.type"))))
                && trace.stream().allMatch(span -> span.isRoot() || ids.contains(span.parentSpanId()));
    }

    private static ReceivedSpan single(List<ReceivedSpan> trace, String shape, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = trace.stream().filter(which).toList();
        assertThat(found).as(shape).hasSize(1);
        return found.getFirst();
    }

    /** The database system, by the old or the stable semantic conventions' attribute. */
    private static String dbSystem(ReceivedSpan span) {
        String stable = span.attribute("db.system.name");
        return stable != null ? stable : span.attribute("db.system");
    }

    private static JsonObject awaitEnd(String customer, String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject order = json(bff.get("/api/v1/orders/" + id, customer));
        while (!Set.of("APPROVED", "REJECTED", "CANCELLED").contains(order.getString("status"))) {
            assertThat(Instant.now()).as("order %s ends", id).isBefore(deadline);
            Thread.sleep(20);
            order = json(bff.get("/api/v1/orders/" + id, customer));
        }
        return order;
    }
}
