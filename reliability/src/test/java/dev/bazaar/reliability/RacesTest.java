package dev.bazaar.reliability;

import dev.bazaar.reliability.Bff.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races through the BFF, each request released at once by a latch: many checkouts for few units
 * (exactly as many approved as there are units), cancels racing the saga's approvals, and the same
 * Idempotency-Key sent many times at once (one order, one top-up).
 */
@Order(3)
class RacesTest {

    static final Set<String> ENDED = Set.of("APPROVED", "REJECTED", "CANCELLED");
    private static ReliabilityShop shop;
    private static Bff bff;
    private static Account seller;
    private static String store;

    @BeforeAll
    static void openAStore() throws Exception {
        shop = ReliabilityShop.shared();
        bff = Bff.client(shop.bff(), 5);
        seller = bff.signUp("seller");
        store = bff.openStore(seller);
    }

    @Test
    void manyCheckoutsForFewUnitsApproveExactlyTheUnits() throws Exception {
        Mode mode = Mode.current();
        String product = bff.addProduct(seller, store, 100, mode.raceUnits);
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Account customer = bff.signUp("customer");
            bff.topUp(customer, 100 * mode.raceCheckouts);
            customers.add(customer);
        }
        long started = System.nanoTime();
        int retriedBefore = Bff.RETRIED.get();
        List<HttpResponse<String>> answers = all(mode.raceCheckouts, i -> bff.order(customers.get(i % customers.size()),
                UUID.randomUUID().toString(), product, 1));
        Map<Integer, Integer> codes = codes(answers);
        assertThat(codes).as("answers to the concurrent checkouts").containsOnlyKeys(202);
        List<String[]> orders = answers.stream().map(answer -> new String[] {Bff.json(answer).getString("id")}).toList();
        Map<String, Integer> ended = awaitEnded(orders.stream().map(order -> order[0]).toList(), Duration.ofSeconds(180));
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(ended.getOrDefault("APPROVED", 0)).as("approved, for %d units", mode.raceUnits).isEqualTo(mode.raceUnits);
        assertThat(ended.getOrDefault("REJECTED", 0)).as("rejected").isEqualTo(mode.raceCheckouts - mode.raceUnits);
        Invariants.awaitHold(shop, Duration.ofSeconds(60));
        Summary.note("%-12s HELD    oversell: %d concurrent checkouts for %d units -> %s in %.1f s (exactly %d approved; "
                        + "%d answers were 503/504 'try again' and sent again with their key)",
                "race", mode.raceCheckouts, mode.raceUnits, ended, took / 1000.0, mode.raceUnits, Bff.RETRIED.get() - retriedBefore);
    }

    @Test
    void cancelsRacingApprovalsEndEachOrderOnceAndUndoWhatTheyCancel() throws Exception {
        Mode mode = Mode.current();
        String product = bff.addProduct(seller, store, 250, 10L * mode.cancelRaces);
        Account customer = bff.signUp("customer");
        bff.topUp(customer, 250L * mode.cancelRaces);
        // all checkouts at once, each cancelled soon after it is accepted, while its saga runs: the
        // cancel wins (200, CANCELLED) or loses (409, the order was approved first)
        List<String> ids = new ArrayList<>(java.util.Collections.nCopies(mode.cancelRaces, (String) null));
        java.util.Random random = mode.random("cancels");
        List<Integer> delays = java.util.stream.IntStream.range(0, mode.cancelRaces).mapToObj(i -> random.nextInt(1500)).toList();
        List<HttpResponse<String>> cancels = all(mode.cancelRaces, i -> {
            String id = Bff.json(bff.order(customer, UUID.randomUUID().toString(), product, 1)).getString("id");
            ids.set(i, id);
            Thread.sleep(delays.get(i)); // 0 to 1.5 s: some cancels come before the approval, some after
            return bff.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"race\"}", customer.accessToken());
        });
        Map<Integer, Integer> codes = codes(cancels);
        assertThat(codes.keySet()).as("answers to the racing cancels").isSubsetOf(200, 409);
        awaitEnded(ids, Duration.ofSeconds(120));
        for (int i = 0; i < ids.size(); i++) {
            String status = bff.status(customer, ids.get(i)).orElseThrow();
            if (cancels.get(i).statusCode() == 200) {
                assertThat(status).as("order %s whose cancel won", ids.get(i)).isEqualTo("CANCELLED");
            } else {
                assertThat(status).as("order %s whose cancel lost", ids.get(i)).isEqualTo("APPROVED");
            }
        }
        Invariants.awaitHold(shop, Duration.ofSeconds(60));
        long approved = cancels.stream().filter(c -> c.statusCode() == 409).count();
        assertThat(bff.balance(customer)).as("paid exactly the approved orders").isEqualTo(250L * mode.cancelRaces - 250 * approved);
        Summary.note("%-12s HELD    %d cancels racing their checkouts: %d won (CANCELLED, stock released, refunded), "
                + "%d lost (409, APPROVED)", "race", ids.size(), codes.getOrDefault(200, 0), codes.getOrDefault(409, 0));
    }

    @Test
    void theSameIdempotencyKeySentAtOnceMakesOneOrderAndOneTopUp() throws Exception {
        String product = bff.addProduct(seller, store, 300, 100);
        Account customer = bff.signUp("customer");
        int copies = 20;
        String topUpKey = UUID.randomUUID().toString();
        List<HttpResponse<String>> topUps = all(copies, i -> bff.post("/api/v1/wallet/top-ups",
                "{\"amount\": {\"amount\": 1000, \"currency\": \"EUR\"}}", customer.accessToken(), "Idempotency-Key", topUpKey));
        String orderKey = UUID.randomUUID().toString();
        List<HttpResponse<String>> orders = all(copies, i -> bff.order(customer, orderKey, product, 2));

        Map<Integer, Integer> topUpCodes = codes(topUps);
        Map<Integer, Integer> orderCodes = codes(orders);
        assertThat(topUpCodes).as("answers to one top-up sent %d times at once", copies).containsOnlyKeys(200);
        assertThat(orderCodes).as("answers to one order sent %d times at once", copies).containsOnlyKeys(202);
        assertThat(orders.stream().map(o -> Bff.json(o).getString("id")).distinct().toList()).as("order ids").hasSize(1);
        String id = Bff.json(orders.getFirst()).getString("id");
        awaitEnded(List.of(id), Duration.ofSeconds(60));
        assertThat(bff.status(customer, id)).hasValue("APPROVED");
        assertThat(bff.balance(customer)).as("topped up once, charged once").isEqualTo(1000 - 600);
        try (Connection db = shop.sql();
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM orders.orders WHERE customer_id = ?")) {
            count.setString(1, customer.id());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("orders of the customer").isEqualTo(1);
            }
        }
        Invariants.awaitHold(shop, Duration.ofSeconds(60));
        Summary.note("%-12s HELD    one Idempotency-Key sent %d times at once: top-up %s, order %s -> one top-up, one order",
                "race", copies, topUpCodes, orderCodes);
    }

    /** Runs {@code n} calls at once (released together) and returns their answers in order. */
    static <T> List<T> all(int n, IndexedCall<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(threads.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    static Map<Integer, Integer> codes(List<HttpResponse<String>> answers) {
        Map<Integer, Integer> codes = new TreeMap<>();
        answers.forEach(answer -> codes.merge(answer.statusCode(), 1, Integer::sum));
        if (!codes.keySet().stream().allMatch(code -> code < 500)) {
            answers.stream().filter(a -> a.statusCode() >= 500).limit(3)
                    .forEach(a -> System.out.println("reliability: 5xx " + a.statusCode() + " " + a.body()));
        }
        return codes;
    }

    /** Waits until every order has ended (read from order-service's table) and counts them by status. */
    static Map<String, Integer> awaitEnded(List<String> ids, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            Map<String, Integer> byStatus = new TreeMap<>();
            try (Connection db = ReliabilityShop.shared().sql()) {
                for (int from = 0; from < ids.size(); from += 500) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                    String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement query = db.prepareStatement(
                            "SELECT status, COUNT(*) FROM orders.orders WHERE id IN (" + marks + ") GROUP BY status")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            query.setString(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                byStatus.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                            }
                        }
                    }
                }
            }
            int ended = byStatus.entrySet().stream().filter(e -> ENDED.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            if (ended == ids.size()) {
                return byStatus;
            }
            assertThat(System.nanoTime()).as("%d orders end within %d s, now %s", ids.size(), bound.toSeconds(), byStatus)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
