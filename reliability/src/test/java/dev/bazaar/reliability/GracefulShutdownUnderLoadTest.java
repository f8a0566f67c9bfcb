package dev.bazaar.reliability;

import dev.bazaar.api.order.v1.ListOrdersRequest;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.launcher.ServiceProcess;
import dev.bazaar.reliability.Bff.Account;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM under load: the BFF with many HTTP clients on it, and order-service with many gRPC
 * clients on it. A request is either answered (2xx), or refused before it was in flight (503
 * shutting-down once the drain has begun, or the connection refused: the process is gone); a
 * request that was in flight never fails. The
 * process exits 0 within its drain timeout. It is not started again here: a later test that asks
 * for the shop gets it started ({@link ReliabilityShop#shared()}); the last ones only read logs.
 */
@Order(6)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GracefulShutdownUnderLoadTest {

    private static final int CLIENTS = 8;
    private static ReliabilityShop shop;
    private static Account customer;

    @BeforeAll
    static void aCustomer() throws Exception {
        shop = ReliabilityShop.shared();
        customer = Bff.client(shop.bff(), 7).signUp("customer");
    }

    /** First: its load reads orders through the BFF, which needs order-service up. */
    @Test
    @Order(1)
    void theBffFinishesEveryRequestInFlightWhenTerminated() throws Exception {
        Bff bff = Bff.client(shop.bff(), 7);
        Outcomes outcomes = new Outcomes();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new CopyOnWriteArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = i;
            clients.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> answer = n % 2 == 0 ? bff.get("/api/v1/products?limit=20", null)
                                : bff.get("/api/v1/orders?limit=5", customer.accessToken());
                        if (answer.statusCode() == 503 && answer.body().contains("/problems/shutting-down")) {
                            outcomes.add("refused: 503 shutting-down (not in flight)"); // turned away before any work
                            sleep(20);
                        } else {
                            outcomes.add(answer.statusCode() < 500 ? "answered " + answer.statusCode()
                                    : "FAILED " + answer.statusCode() + " " + AuthorizationMatrixTest.abbreviate(answer.body()));
                        }
                    } catch (ConnectException | HttpConnectTimeoutException refused) {
                        outcomes.add("refused (not in flight)");
                        sleep(20);
                    } catch (Exception e) {
                        if (e instanceof java.io.IOException && String.valueOf(e.getMessage()).contains("received no bytes")) {
                            // The server closed a kept-alive connection as the client sent on it: not one byte came
                            // back. The drain answers every request that reached the application (InFlightRequests
                            // counts them), so this one never did: refused, and RFC 9110 9.2.2 lets a client send
                            // a GET again. Before the SIGTERM it would be a failure (asserted below).
                            outcomes.add("closed unanswered (not in flight)");
                            sleep(20);
                        } else {
                            outcomes.add(e.getCause() instanceof ConnectException ? "refused (not in flight)"
                                    : "FAILED " + e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                }
            }));
        }
        terminateUnderLoad("bff", outcomes, running, clients);
    }

    /** Second: its load goes straight to order-service's gRPC port, the BFF is not needed. */
    @Test
    @Order(2)
    void orderServiceFinishesEveryCallInFlightWhenTerminated() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", shop.grpcPort("order")).usePlaintext().build();
        Metadata token = new Metadata();
        token.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + customer.accessToken());
        var orders = OrderServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(token));
        Outcomes outcomes = new Outcomes();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(Thread.ofVirtual().start(() -> {
                    while (running.get()) {
                        try {
                            orders.withDeadlineAfter(10, TimeUnit.SECONDS).listOrders(ListOrdersRequest.getDefaultInstance());
                            outcomes.add("answered OK");
                        } catch (StatusRuntimeException e) {
                            outcomes.add(refused(e) ? "refused (not in flight)" : "FAILED " + e.getStatus());
                            if (refused(e)) {
                                sleep(20);
                            }
                        }
                    }
                }));
            }
            terminateUnderLoad("order", outcomes, running, clients);
        } finally {
            channel.shutdownNow();
        }
    }

    private static void terminateUnderLoad(String name, Outcomes outcomes, AtomicBoolean running,
                                           List<Thread> clients) throws Exception {
        ServiceProcess service = shop.service(name);
        try {
            sleep(1500); // load is on
            long t0 = System.nanoTime();
            outcomes.sigterm = t0;
            boolean exitedInTime = service.stop(Duration.ofSeconds(30)); // SIGTERM, SIGKILL only after 30 s
            long stopMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            sleep(500); // and a little after: refused
            running.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30));
            }
            Map<String, Integer> seen = outcomes.counts();
            boolean failed = seen.keySet().stream().anyMatch(outcome -> outcome.startsWith("after SIGTERM: FAILED")
                    || outcome.startsWith("before SIGTERM: closed unanswered"));
            Summary.note("%-12s %s  SIGTERM to %s under %d clients: %s; exit %d after %d ms", "shutdown",
                    failed || !exitedInTime || service.exitValue() != 0 ? "BROKEN" : "HELD  ", service.name(), CLIENTS, seen,
                    service.exitValue(), stopMillis);
            assertThat(exitedInTime).as(name + " exits within its grace").isTrue();
            assertThat(service.exitValue()).as(name + " exit status after SIGTERM").isZero();
            assertThat(seen.keySet()).as("outcomes of the requests in flight at or sent after the SIGTERM")
                    .noneMatch(o -> o.startsWith("after SIGTERM: FAILED"));
            assertThat(seen.keySet()).as("connections closed unanswered while nothing was shutting down")
                    .noneMatch(o -> o.startsWith("before SIGTERM: closed unanswered"));
            assertThat(seen.keySet().stream().filter(o -> o.startsWith("after SIGTERM: answered")).mapToInt(seen::get).sum())
                    .as("requests answered after the SIGTERM (in flight then, or sent during the drain)").isPositive();
        } finally {
            running.set(false);
        }
    }

    /** UNAVAILABLE because nothing listens (any more): the call never reached the service. */
    private static boolean refused(StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || String.valueOf(cause.getMessage()).contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What became of the requests, by whether they were answered before the SIGTERM (a failure then
     * is the load's, reported but not the point here) or at or after it (in flight then, or sent
     * during the drain: none may fail).
     */
    private static final class Outcomes {
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        volatile long sigterm = Long.MAX_VALUE;

        void add(String outcome) {
            String phase = System.nanoTime() < sigterm ? "before SIGTERM: " : "after SIGTERM: ";
            counts.merge(phase + (outcome.length() > 160 ? outcome.substring(0, 160) : outcome), 1, Integer::sum);
        }

        Map<String, Integer> counts() {
            return new TreeMap<>(counts);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
