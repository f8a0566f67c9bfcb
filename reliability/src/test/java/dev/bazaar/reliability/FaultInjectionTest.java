package dev.bazaar.reliability;

import dev.bazaar.reliability.Bff.Account;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream of checkouts (and some cancels) through the BFF while, in turn, services, the relay, the
 * BFF, the Kafka broker and MariaDB are killed with SIGKILL and started again: which, when and for
 * how long comes from the run's seed. A checkout whose answer was lost is sent again with its
 * Idempotency-Key once the shop is back. Then every order must end within a bound and the
 * invariants hold (units and money conserved, nothing applied twice).
 */
@Order(5)
class FaultInjectionTest {

    private static final Duration END_BOUND = Duration.ofSeconds(150);

    @Test
    void killingEachPartInTurnLosesNoOrderAndAppliesNothingTwice() throws Exception {
        ReliabilityShop shop = ReliabilityShop.shared();
        Mode mode = Mode.current();
        Random random = mode.random("faults");
        Bff bff = Bff.client(shop.bff(), 6);
        Account seller = bff.signUp("seller");
        String store = bff.openStore(seller);
        List<String> products = new ArrayList<>();
        products.add(bff.addProduct(seller, store, 100, 100_000));
        products.add(bff.addProduct(seller, store, 700, 100_000));
        products.add(bff.addProduct(seller, store, 300, 20)); // runs out: rejections
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account customer = bff.signUp("customer");
            bff.topUp(customer, i == 0 ? 2_000 : 300_000); // the first runs dry: declines
            customers.add(customer);
        }
        List<String> schedule = schedule(mode, random);

        // the stream of checkouts
        Map<String, Account> pending = new ConcurrentHashMap<>(); // Idempotency-Key -> customer, answer not seen
        Map<String, String> keyOf = new ConcurrentHashMap<>(); // order id -> key
        Map<String, String[]> lines = new ConcurrentHashMap<>(); // key -> product, quantity
        Map<String, Account> ownerOf = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger cancels = new AtomicInteger();
        Random load = mode.random("load");
        Thread driver = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                Account customer = customers.get(load.nextInt(customers.size()));
                String key = UUID.randomUUID().toString();
                String product = products.get(load.nextInt(products.size()));
                int quantity = 1 + load.nextInt(3);
                lines.put(key, new String[] {product, Integer.toString(quantity)});
                pending.put(key, customer);
                try {
                    HttpResponse<String> placed = bff.orderOnce(customer, key, product, quantity);
                    if (placed.statusCode() == 202) {
                        String id = Bff.json(placed).getString("id");
                        pending.remove(key);
                        keyOf.put(id, key);
                        ownerOf.put(id, customer);
                        if (load.nextInt(8) == 0) { // some are cancelled while their saga runs
                            bff.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"fault test\"}", customer.accessToken());
                            cancels.incrementAndGet();
                        }
                    } else {
                        failedAttempts.incrementAndGet(); // 503 while a backend is down: sent again later
                    }
                } catch (Exception e) {
                    failedAttempts.incrementAndGet(); // the BFF is down or the answer was lost: sent again later
                }
                sleep(50);
            }
        });

        long started = System.nanoTime();
        Map<String, Integer> injected = new TreeMap<>();
        List<String> log = new ArrayList<>();
        try {
            sleep(1000);
            for (String part : schedule) {
                long down = 300 + random.nextInt(2500);
                long t0 = System.nanoTime();
                shop.kill(part);
                sleep(down);
                shop.restart(part);
                long recovered = Duration.ofNanos(System.nanoTime() - t0).toMillis();
                injected.merge(part, 1, Integer::sum);
                log.add(part + " " + recovered / 1000 + "s");
                sleep(500 + random.nextInt(1500));
            }
            sleep(1000);
        } finally {
            running.set(false);
            driver.join(Duration.ofSeconds(60));
        }

        long faultsDone = System.nanoTime();
        // checkouts whose answer was lost: the same key again, now that the shop is back (all at once)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<Map.Entry<String, Account>> lost = new ArrayList<>(pending.entrySet());
        List<String> resentIds = RacesTest.all(lost.size(), i -> {
            String key = lost.get(i).getKey();
            String[] line = lines.get(key);
            while (true) {
                HttpResponse<String> placed = null;
                try {
                    placed = bff.orderOnce(lost.get(i).getValue(), key, line[0], Integer.parseInt(line[1]));
                } catch (Exception e) {
                    // not yet
                }
                if (placed != null && placed.statusCode() == 202) {
                    return Bff.json(placed).getString("id");
                }
                assertThat(System.nanoTime()).as("checkout %s accepted again after the faults: %s", key,
                        placed == null ? "no answer" : placed.statusCode() + " " + placed.body()).isLessThan(deadline);
                Thread.sleep(500);
            }
        });
        for (int i = 0; i < lost.size(); i++) {
            keyOf.put(resentIds.get(i), lost.get(i).getKey());
            ownerOf.put(resentIds.get(i), lost.get(i).getValue());
        }
        int resent = lost.size();
        long resentDone = System.nanoTime();
        List<String> ids = new ArrayList<>(keyOf.keySet());
        Map<String, Integer> ended;
        try {
            ended = RacesTest.awaitEnded(ids, END_BOUND);
        } catch (AssertionError stuck) {
            Summary.broke("faults", "orders stuck after " + injected + ": " + stuck.getMessage());
            throw stuck;
        }
        long endedAt = System.nanoTime();
        Invariants.Counts counts;
        try {
            counts = Invariants.awaitHold(shop, Duration.ofSeconds(90));
        } catch (AssertionError broken) {
            Summary.broke("faults", "invariants after " + log + ": " + broken.getMessage());
            throw broken;
        }
        String took = "%d s: faults %d, resending %d, all ended %d, invariants %d".formatted(
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), Duration.ofNanos(faultsDone - started).toSeconds(),
                Duration.ofNanos(resentDone - faultsDone).toSeconds(), Duration.ofNanos(endedAt - resentDone).toSeconds(),
                Duration.ofNanos(System.nanoTime() - endedAt).toSeconds());
        Summary.note("%-12s HELD    %d faults (SIGKILL + restart: %s; seed %d) during %d checkouts (%d cancels tried, "
                        + "%d attempts refused or lost while down, %d resent with their key): ended %s, stuck 0, "
                        + "units and money conserved, nothing applied twice (%s)", "faults", schedule.size(), log,
                mode.seed, ids.size(), cancels.get(), failedAttempts.get(), resent, ended, took);
        assertThat(counts.orders()).isGreaterThanOrEqualTo(ids.size());
    }

    /**
     * Which parts die, in order. Short: {@link Mode#faults} - 1 of the saga's three services, the
     * relay and the BFF, in a seeded order, plus the broker or the database. Soak: {@link Mode#faults}
     * picks among all eight parts, auth-service too. {@code -Dbazaar.reliability.faults=a,b} names them.
     */
    static List<String> schedule(Mode mode, Random random) {
        String given = System.getProperty("bazaar.reliability.faults", "").strip();
        if (!given.isEmpty()) { // e.g. -Dbazaar.reliability.faults=mariadb,order to repeat a failure
            List<String> parts = List.of(given.split("\\s*,\\s*"));
            assertThat(ReliabilityShop.PARTS).as("parts that can be killed").containsAll(parts);
            return parts;
        }
        if (mode.soak()) {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < mode.faults; i++) {
                all.add(ReliabilityShop.PARTS.get(random.nextInt(ReliabilityShop.PARTS.size())));
            }
            return all;
        }
        List<String> parts = new ArrayList<>(List.of("store", "order", "payment", "relay", "bff"));
        Collections.shuffle(parts, random);
        List<String> chosen = new ArrayList<>(parts.subList(0, Math.min(parts.size(), mode.faults - 1)));
        chosen.add(random.nextInt(chosen.size() + 1), random.nextBoolean() ? "kafka" : "mariadb");
        return chosen;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
