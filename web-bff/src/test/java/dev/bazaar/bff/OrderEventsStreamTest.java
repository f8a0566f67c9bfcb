package dev.bazaar.bff;

import dev.bazaar.api.order.v1.GetOrderRequest;
import dev.bazaar.api.order.v1.Order;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.order.v1.OrderStatus;
import dev.bazaar.bff.adapter.out.messaging.KafkaOrderStatusFeed;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestAccessTokens;
import dev.bazaar.platform.testing.TestEvents;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/orders/{id}/events} on a running BFF with the real Kafka broker: the first
 * event is the order's status when the stream opens, each OrderStatusChanged event then arrives as
 * it is published, a terminal status ends the stream; a change no event announced arrives through
 * the periodic re-read of the order; only whom order-service lets read the order may watch it.
 * order-service's GetOrder is played by a stand-in that answers only the order's customer (the
 * whole shop, with the real saga, is e2e's job).
 */
class OrderEventsStreamTest extends RunningServiceContract {

    private static final String CUSTOMER = UUID.randomUUID().toString();
    private static final String TOKEN;
    private static final StandInOrders ORDERS = new StandInOrders();

    static {
        TestAccessTokens.install();
        TOKEN = TestAccessTokens.token(CUSTOMER, "customer");
        ORDERS.start();
        System.setProperty("bazaar.bff.order-events.heartbeat", "PT0.5S");
        System.setProperty("bazaar.bff.order-events.recheck-interval", "PT1S");
        // The topic exists before the BFF starts, as it does once order-service has published anything.
        TestEvents.publish("shop.order.events", UUID.randomUUID().toString(), "OrderPlaced", "{}");
    }

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of();
    }

    @Override
    protected boolean ownsDatabase() {
        return false;
    }

    @BeforeAll
    static void feedReads() throws Exception {
        eventually("the BFF reads shop.order.events", () -> bean(KafkaOrderStatusFeed.class).isReading());
    }

    @Test
    void theStreamStartsWithTheStatusNowThenFollowsTheEventsToTheEnd() throws Exception {
        String order = ORDERS.add(OrderStatus.ORDER_STATUS_PENDING);
        HttpResponse<Stream<String>> response = open(order, TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();

        assertThat(nextEvent(lines)).containsExactly("retry: 3000");
        assertThat(nextEvent(lines)).satisfiesExactly(
                line -> assertThat(line).isEqualTo("event: status"),
                line -> assertThat(line).startsWith("data: {").contains("\"orderId\":\"" + order + "\"",
                        "\"status\":\"PENDING\""));

        publish(order, "PENDING", "STOCK_RESERVED", "");
        assertThat(nextStatus(lines)).contains("\"status\":\"STOCK_RESERVED\"", "\"at\":\"2026-11-25T09:15:30.123Z\"");
        publish(order, "STOCK_RESERVED", "CANCELLED", ", \"reason\": \"Payment declined\", \"reasonCode\": \"PAYMENT_DECLINED\"");
        assertThat(nextStatus(lines)).contains("\"status\":\"CANCELLED\"", "\"reason\":\"Payment declined\"",
                "\"reasonCode\":\"PAYMENT_DECLINED\"");
        assertThat(nextEvent(lines)).containsExactly("event: end", "data: CANCELLED");
        assertThat(lines.hasNext()).as("the stream is closed after a terminal status").isFalse();
    }

    @Test
    void aChangeWithoutAnEventArrivesByReadingTheOrderAgainWithTheWatchersToken() throws Exception {
        String order = ORDERS.add(OrderStatus.ORDER_STATUS_PAYMENT_AUTHORIZED);
        Iterator<String> lines = open(order, TOKEN).body().iterator();
        assertThat(nextStatus(lines)).contains("\"status\":\"PAYMENT_AUTHORIZED\"");
        assertThat(nextEvent(lines)).as("a heartbeat while nothing happens").containsExactly(": keep-alive");
        assertThat(get("/metrics", "text/plain").body()).containsPattern("bff_order_streams_open(\\{[^}]*\\})? [1-9]");

        ORDERS.set(order, OrderStatus.ORDER_STATUS_APPROVED);

        assertThat(nextStatus(lines)).contains("\"status\":\"APPROVED\"");
        assertThat(nextEvent(lines)).containsExactly("event: end", "data: APPROVED");
    }

    @Test
    void anOrderThatHasEndedGivesItsStatusAndEndsAtOnce() throws Exception {
        String order = ORDERS.add(OrderStatus.ORDER_STATUS_REJECTED);
        Iterator<String> lines = open(order, TOKEN).body().iterator();

        assertThat(nextStatus(lines)).contains("\"status\":\"REJECTED\"");
        assertThat(nextEvent(lines)).containsExactly("event: end", "data: REJECTED");
        assertThat(lines.hasNext()).isFalse();
    }

    @Test
    void onlyWhomOrderServiceLetsReadTheOrderMayWatchIt() throws Exception {
        String order = ORDERS.add(OrderStatus.ORDER_STATUS_PENDING);

        HttpResponse<String> anonymous = openForProblem(order, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> someoneElse = openForProblem(order,
                TestAccessTokens.token(UUID.randomUUID().toString(), "customer"));
        assertThat(someoneElse.statusCode()).as(someoneElse.body()).isEqualTo(403);
        assertThat(someoneElse.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> missing = openForProblem(UUID.randomUUID().toString(), TOKEN);
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theStreamIsDocumentedInOpenApi() throws Exception {
        assertThat(get("/openapi", "application/yaml").body()).contains("/api/v1/orders/{id}/events:", "text/event-stream");
    }

    private static void publish(String order, String from, String to, String extra) {
        TestEvents.publish("shop.order.events", order, "OrderStatusChanged", """
                {"orderId": "%s", "customerId": "%s", "fromStatus": "%s", "toStatus": "%s", \
                "occurredAt": "2026-11-25T09:15:30.123Z"%s}""".formatted(order, CUSTOMER, from, to, extra));
    }

    private static HttpRequest request(String order, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + "/api/v1/orders/" + order + "/events"))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpResponse<Stream<String>> open(String order, String token) throws Exception {
        return HttpClient.newHttpClient().send(request(order, token), HttpResponse.BodyHandlers.ofLines());
    }

    private static HttpResponse<String> openForProblem(String order, String token) throws Exception {
        return HttpClient.newHttpClient().send(request(order, token), HttpResponse.BodyHandlers.ofString());
    }

    /** The lines of the next event (up to a blank line); a test that waits too long fails. */
    private static List<String> nextEvent(Iterator<String> lines) throws Exception {
        var next = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            List<String> event = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    return event;
                }
                event.add(line);
            }
            return event;
        });
        return next.get(20, TimeUnit.SECONDS);
    }

    /** The data of the next status event, skipping heartbeats. */
    private static String nextStatus(Iterator<String> lines) throws Exception {
        for (;;) {
            List<String> event = nextEvent(lines);
            if (event.isEmpty() || event.getFirst().equals("retry: 3000") || event.getFirst().startsWith(":")) {
                assertThat(event).as("the stream ended").isNotEmpty();
                continue;
            }
            assertThat(event.getFirst()).isEqualTo("event: status");
            return event.get(1);
        }
    }

    /** order-service's GetOrder as its contract says: the order's customer only, NOT_FOUND for others. */
    static final class StandInOrders extends OrderServiceGrpc.OrderServiceImplBase {
        private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
                Metadata.ASCII_STRING_MARSHALLER);
        private static final io.grpc.Context.Key<String> TOKEN_SEEN = io.grpc.Context.key("token");
        private final Map<String, Order> orders = new ConcurrentHashMap<>();

        void start() {
            try {
                Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                        .addService(ServerInterceptors.intercept(this, new io.grpc.ServerInterceptor() {
                            @Override
                            public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, R> call,
                                    Metadata headers, io.grpc.ServerCallHandler<Q, R> next) {
                                return Contexts.interceptCall(io.grpc.Context.current().withValue(TOKEN_SEEN,
                                        headers.get(AUTHORIZATION)), call, headers, next);
                            }
                        })).build().start();
                System.setProperty("bazaar.backends.order.address", "127.0.0.1:" + server.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String add(OrderStatus status) {
            String id = UUID.randomUUID().toString();
            orders.put(id, Order.newBuilder().setId(id).setCustomerId(CUSTOMER).setStatus(status).build());
            return id;
        }

        void set(String id, OrderStatus status) {
            orders.computeIfPresent(id, (key, order) -> order.toBuilder().setStatus(status).build());
        }

        @Override
        public void getOrder(GetOrderRequest request, StreamObserver<Order> response) {
            Order order = orders.get(request.getId());
            if (order == null) {
                response.onError(Status.NOT_FOUND.withDescription("Order " + request.getId() + " does not exist.")
                        .asRuntimeException());
            } else if (!("Bearer " + TOKEN).equals(TOKEN_SEEN.get())) {
                response.onError(Status.PERMISSION_DENIED.withDescription("Not your order.").asRuntimeException());
            } else {
                response.onNext(order);
                response.onCompleted();
            }
        }
    }
}
