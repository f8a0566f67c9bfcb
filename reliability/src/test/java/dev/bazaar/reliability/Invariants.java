package dev.bazaar.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of DESIGN.md, read from every service's own tables of the reliability shop's
 * MariaDB (the suite owns that server; no service reads another's tables, the test does), for
 * everything the shop ever did, not only what one test tracked:
 * <ul>
 *   <li>every order has ended (APPROVED, REJECTED or CANCELLED);</li>
 *   <li>stock: no count below zero; per product, available + reserved + sold is what the sellers'
 *       adjustments (the initial stock included) add up to; reserved is exactly the units of the
 *       reservations held, sold exactly those of the confirmed ones: a reservation applied twice or
 *       lost shows here;</li>
 *   <li>orders and stock agree: an approved order's reservation is confirmed, an ended one holds none;</li>
 *   <li>money: every wallet's balance is the sum of its ledger; an approved order has exactly one
 *       authorized payment of its total, a cancelled or rejected one none that is still charged; a
 *       customer's debits less refunds are the totals of their approved orders (a payment or refund
 *       applied twice shows here).</li>
 * </ul>
 */
final class Invariants {

    private Invariants() {
    }

    /** What the shop holds now, for the summary. */
    record Counts(Map<String, Integer> ordersByStatus, int products, int wallets) {

        int orders() {
            return ordersByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            return orders() + " orders " + ordersByStatus + ", " + products + " products, " + wallets + " wallets";
        }
    }

    /**
     * Waits up to {@code bound} until every invariant holds (the saga and its compensations are
     * asynchronous), then fails with each one that does not.
     */
    static Counts awaitHold(ReliabilityShop shop, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        List<String> broken = check(shop);
        while (!broken.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            broken = check(shop);
        }
        assertThat(broken).as("invariants broken %s after waiting %d s", broken.size(), bound.toSeconds()).isEmpty();
        return counts(shop);
    }

    static Counts counts(ReliabilityShop shop) throws SQLException {
        try (Connection db = shop.sql(); Statement sql = db.createStatement()) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT status, COUNT(*) FROM orders.orders GROUP BY status ORDER BY status")) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getInt(2));
                }
            }
            return new Counts(byStatus, count(sql, "SELECT COUNT(*) FROM store.stock"),
                    count(sql, "SELECT COUNT(*) FROM payment.wallets"));
        }
    }

    /** Every invariant that does not hold now, one line each (at most a few per kind). */
    static List<String> check(ReliabilityShop shop) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Connection db = shop.sql(); Statement sql = db.createStatement()) {
            collect(sql, broken, "order not ended", """
                    SELECT id, status FROM orders.orders
                    WHERE status NOT IN ('APPROVED', 'REJECTED', 'CANCELLED')""");
            collect(sql, broken, "stock below zero", """
                    SELECT product_id, available, reserved, sold FROM store.stock
                    WHERE available < 0 OR reserved < 0 OR sold < 0""");
            collect(sql, broken, "units not conserved (available+reserved+sold vs adjustments)", """
                    SELECT s.product_id, s.available + s.reserved + s.sold, a.total
                    FROM store.stock s
                    JOIN (SELECT product_id, SUM(new_available - previous_available) AS total
                          FROM store.stock_adjustments GROUP BY product_id) a ON a.product_id = s.product_id
                    WHERE s.available + s.reserved + s.sold <> a.total""");
            collect(sql, broken, "reserved units differ from the held reservations", """
                    SELECT s.product_id, s.reserved, COALESCE(h.units, 0)
                    FROM store.stock s
                    LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS units
                               FROM store.reservation_lines l JOIN store.reservations r ON r.order_id = l.order_id
                               WHERE r.status = 'RESERVED' GROUP BY l.product_id) h ON h.product_id = s.product_id
                    WHERE s.reserved <> COALESCE(h.units, 0)""");
            collect(sql, broken, "sold units differ from the confirmed reservations", """
                    SELECT s.product_id, s.sold, COALESCE(c.units, 0)
                    FROM store.stock s
                    LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS units
                               FROM store.reservation_lines l JOIN store.reservations r ON r.order_id = l.order_id
                               WHERE r.status = 'CONFIRMED' GROUP BY l.product_id) c ON c.product_id = s.product_id
                    WHERE s.sold <> COALESCE(c.units, 0)""");
            collect(sql, broken, "approved order without a confirmed reservation", """
                    SELECT o.id, r.status FROM orders.orders o
                    LEFT JOIN store.reservations r ON r.order_id = o.id
                    WHERE o.status = 'APPROVED' AND (r.status IS NULL OR r.status <> 'CONFIRMED')""");
            collect(sql, broken, "ended order still holds or sold stock", """
                    SELECT o.id, o.status, r.status FROM orders.orders o
                    JOIN store.reservations r ON r.order_id = o.id
                    WHERE o.status IN ('REJECTED', 'CANCELLED') AND r.status IN ('RESERVED', 'CONFIRMED')""");
            collect(sql, broken, "wallet balance is not the sum of its ledger", """
                    SELECT w.customer_id, w.balance, COALESCE(l.total, 0)
                    FROM payment.wallets w
                    LEFT JOIN (SELECT customer_id, SUM(amount) AS total FROM payment.ledger_entries GROUP BY customer_id) l
                           ON l.customer_id = w.customer_id
                    WHERE w.balance <> COALESCE(l.total, 0) OR w.balance < 0""");
            collect(sql, broken, "approved order without exactly its authorized payment", """
                    SELECT o.id, o.total_amount, p.status, p.amount FROM orders.orders o
                    LEFT JOIN payment.payments p ON p.order_id = o.id
                    WHERE o.status = 'APPROVED' AND (p.id IS NULL OR p.status <> 'AUTHORIZED' OR p.amount <> o.total_amount)""");
            collect(sql, broken, "ended order still charged", """
                    SELECT o.id, o.status, p.status FROM orders.orders o
                    JOIN payment.payments p ON p.order_id = o.id
                    WHERE o.status IN ('REJECTED', 'CANCELLED') AND p.status = 'AUTHORIZED'""");
            collect(sql, broken, "payment's ledger does not match its status", """
                    SELECT p.id, p.status, COALESCE(d.n, 0) AS debits, COALESCE(r.n, 0) AS refunds
                    FROM payment.payments p
                    LEFT JOIN (SELECT payment_id, COUNT(*) AS n, SUM(amount) AS total FROM payment.ledger_entries
                               WHERE kind = 'PAYMENT_DEBIT' GROUP BY payment_id) d ON d.payment_id = p.id
                    LEFT JOIN (SELECT payment_id, COUNT(*) AS n, SUM(amount) AS total FROM payment.ledger_entries
                               WHERE kind = 'REFUND_CREDIT' GROUP BY payment_id) r ON r.payment_id = p.id
                    WHERE NOT ((p.status = 'AUTHORIZED' AND COALESCE(d.n, 0) = 1 AND COALESCE(r.n, 0) = 0 AND d.total = -p.amount)
                            OR (p.status = 'REFUNDED' AND COALESCE(d.n, 0) = 1 AND COALESCE(r.n, 0) = 1 AND r.total = p.amount)
                            OR (p.status = 'DECLINED' AND COALESCE(d.n, 0) = 0 AND COALESCE(r.n, 0) = 0))""");
            collect(sql, broken, "customer's net debits differ from their approved orders", """
                    SELECT c.customer_id, c.net, COALESCE(a.total, 0)
                    FROM (SELECT customer_id, -SUM(amount) AS net FROM payment.ledger_entries
                          WHERE kind IN ('PAYMENT_DEBIT', 'REFUND_CREDIT') GROUP BY customer_id) c
                    LEFT JOIN (SELECT customer_id, SUM(total_amount) AS total FROM orders.orders
                               WHERE status = 'APPROVED' GROUP BY customer_id) a ON a.customer_id = c.customer_id
                    WHERE c.net <> COALESCE(a.total, 0)""");
        }
        return broken;
    }

    private static void collect(Statement sql, List<String> broken, String what, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            int n = 0;
            while (rows.next()) {
                if (++n > 5) {
                    broken.add(what + ": and more");
                    break;
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rows.getMetaData().getColumnLabel(i) + "=" + rows.getString(i));
                }
                broken.add(what + ": " + String.join(", ", values));
            }
        }
    }

    static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
