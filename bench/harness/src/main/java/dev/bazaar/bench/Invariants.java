package dev.bazaar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shop's invariants, checked in the database after every load run (all services share one
 * MariaDB server, one schema each, so one query can compare them): every order has ended, no order
 * was lost, units of every product are conserved and none is held any more, what was sold is what
 * approved orders bought, and every wallet holds its top-ups less its approved orders, as its
 * ledger says. A run that breaks one is a failure, whatever its speed.
 */
final class Invariants {

    static final String ENDED = "('APPROVED', 'REJECTED', 'CANCELLED')";

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("every order has ended", "SELECT COUNT(*) FROM orders.orders WHERE status NOT IN " + ENDED);
        CHECKS.put("units conserved, none still reserved", """
                SELECT COUNT(*) FROM bench.stocked b LEFT JOIN store.stock s ON s.product_id = b.product_id
                WHERE s.product_id IS NULL OR s.available + s.reserved + s.sold <> b.units OR s.reserved <> 0
                   OR s.available < 0 OR s.sold < 0""");
        CHECKS.put("units sold = units in approved orders", """
                SELECT COUNT(*) FROM bench.stocked b JOIN store.stock s ON s.product_id = b.product_id
                LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS units FROM orders.order_lines l
                           JOIN orders.orders o ON o.id = l.order_id
                           JOIN bench.topped_up t ON t.customer_id = o.customer_id
                           WHERE o.status = 'APPROVED' GROUP BY l.product_id) a ON a.product_id = b.product_id
                WHERE s.sold <> COALESCE(a.units, 0)""");
        CHECKS.put("wallet = top-ups - approved orders", """
                SELECT COUNT(*) FROM bench.topped_up t LEFT JOIN payment.wallets w ON w.customer_id = t.customer_id
                LEFT JOIN (SELECT o.customer_id, SUM(o.total_amount) AS spent FROM orders.orders o
                           JOIN bench.topped_up t2 ON t2.customer_id = o.customer_id
                           WHERE o.status = 'APPROVED' GROUP BY o.customer_id) a ON a.customer_id = t.customer_id
                WHERE w.balance IS NULL OR w.balance <> t.amount - COALESCE(a.spent, 0)""");
        CHECKS.put("wallet = sum of its ledger", """
                SELECT COUNT(*) FROM bench.topped_up t JOIN payment.wallets w ON w.customer_id = t.customer_id
                WHERE w.balance <> (SELECT COALESCE(SUM(e.amount), 0) FROM payment.ledger_entries e
                                    WHERE e.customer_id = w.customer_id)""");
        CHECKS.put("approved order = one authorized payment of its total", """
                SELECT COUNT(*) FROM orders.orders o JOIN bench.topped_up t ON t.customer_id = o.customer_id
                WHERE (o.status = 'APPROVED') <> EXISTS (SELECT 1 FROM payment.payments p WHERE p.order_id = o.id
                                                         AND p.status = 'AUTHORIZED' AND p.amount = o.total_amount)""");
    }

    /** Violations per check (0 everywhere: all hold). */
    record Outcome(Map<String, Long> violations, long lost) {

        boolean holds() {
            return lost == 0 && violations.values().stream().allMatch(count -> count == 0);
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            violations.forEach((check, count) -> out.append(count == 0 ? "ok" : "BROKEN (" + count + ")").append(": ")
                    .append(check).append("; "));
            out.append(lost == 0 ? "ok: no order lost" : "BROKEN: " + lost + " accepted orders missing");
            return out.toString();
        }
    }

    private Invariants() {
    }

    /** Waits (up to {@code patience}) until no order is running any more. */
    static boolean awaitEnded(Connection db, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (count(db, "SELECT COUNT(*) FROM orders.orders WHERE status NOT IN " + ENDED) == 0) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
    }

    /**
     * @param accepted orders the load tool saw accepted (202) in the run
     * @param recorded orders of the run found in order-service's table
     */
    static Outcome check(Connection db, long accepted, long recorded) throws Exception {
        awaitEnded(db, Duration.ofSeconds(90));
        Map<String, Long> violations = new LinkedHashMap<>();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
            violations.put(check.getKey(), count(db, check.getValue()));
        }
        return new Outcome(violations, Math.max(0, accepted - recorded));
    }

    /**
     * Shows that the checks can fail: breaks one invariant of each kind in a transaction that is
     * rolled back (the checks run on the same connection, so they see the change), and expects each
     * check concerned to count it.
     *
     * @return what was not caught; empty when every break was
     */
    static java.util.List<String> selfTest(Connection db, String productId, String customerId) throws Exception {
        java.util.List<String> missed = new java.util.ArrayList<>();
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE store.stock SET sold = sold + 1 WHERE product_id = '" + productId + "'");
            statement.executeUpdate("UPDATE payment.wallets SET balance = balance - 1 WHERE customer_id = '" + customerId + "'");
            Outcome broken = check(db, 10, 9);
            for (String expected : java.util.List.of("units conserved, none still reserved", "units sold = units in approved orders",
                    "wallet = top-ups - approved orders", "wallet = sum of its ledger")) {
                if (broken.violations().get(expected) == 0) {
                    missed.add(expected);
                }
            }
            if (broken.lost() != 1) {
                missed.add("no order lost");
            }
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
        return missed;
    }

    static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
