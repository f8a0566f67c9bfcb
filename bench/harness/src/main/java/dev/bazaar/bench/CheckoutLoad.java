package dev.bazaar.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One checkout run: Gatling's closed-loop customers for a while, then the saga's figures from
 * order-service's own table (place to ended = the order row's created_at to its last update, which
 * is the ended transition, on the service's clock, so the poll interval does not blur it; sagas/s
 * counts the sagas ended within the load's duration from the first order placed), the
 * commits a saga took (MariaDB's Binlog_commits over the run / sagas) and the invariants.
 */
final class CheckoutLoad {

    record Result(int users, Duration duration, long sagas, long approved, double sagasPerSecond,
                  double p50, double p99, double p999, double clientP99, long koRequests, double commitsPerSaga,
                  Invariants.Outcome invariants, Path report) {
    }

    private CheckoutLoad() {
    }

    static Result run(BenchShop shop, Seed.Made seed, int users, Duration duration, Path reports, Path log, String label)
            throws Exception {
        try (Connection db = shop.connect()) {
            Timestamp mark = timestamp(db, "SELECT COALESCE(MAX(created_at), TIMESTAMP'1970-01-02 00:00:00') FROM orders.orders");
            long commitsBefore = binlogCommits(db);
            GatlingRun.Result gatling = GatlingRun.run("CheckoutSimulation", label, Map.of(
                    "bench.base", shop.bff().toString(),
                    "bench.users", Integer.toString(users),
                    "bench.durationSeconds", Long.toString(duration.toSeconds()),
                    "bench.customers", seed.customersCsv().toAbsolutePath().toString(),
                    "bench.products", seed.productsCsv().toAbsolutePath().toString()), reports, log);
            Invariants.awaitEnded(db, Duration.ofSeconds(90));
            long commits = binlogCommits(db) - commitsBefore;
            long[] micros;
            long approved = 0;
            long endedInWindow = 0;
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT TIMESTAMPDIFF(MICROSECOND, ?, o.created_at), TIMESTAMPDIFF(MICROSECOND, ?, o.updated_at), o.status
                    FROM orders.orders o JOIN bench.topped_up t ON t.customer_id = o.customer_id WHERE o.created_at > ?""")) {
                query.setTimestamp(1, mark);
                query.setTimestamp(2, mark);
                query.setTimestamp(3, mark);
                List<long[]> orders = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        orders.add(new long[] {rows.getLong(1), rows.getLong(2)});
                        approved += rows.getString(3).equals("APPROVED") ? 1 : 0;
                    }
                }
                micros = orders.stream().mapToLong(o -> o[1] - o[0]).sorted().toArray();
                // throughput: sagas ended within the load's duration from the first order placed
                long first = orders.stream().mapToLong(o -> o[0]).min().orElse(0);
                endedInWindow = orders.stream().filter(o -> o[1] <= first + duration.toNanos() / 1000).count();
            }
            GatlingRun.Stat place = gatling.stat("place order");
            GatlingRun.Stat group = gatling.stat("checkout");
            long ko = gatling.stats().values().stream().filter(s -> !s.name().equals("checkout") && !s.name().equals("All Requests"))
                    .mapToLong(GatlingRun.Stat::ko).sum();
            Invariants.Outcome invariants = Invariants.check(db, place.ok(), micros.length);
            return new Result(users, duration, micros.length, approved, endedInWindow / (double) duration.toSeconds(),
                    percentile(micros, 50), percentile(micros, 99), percentile(micros, 99.9), group.p99(), ko,
                    micros.length == 0 ? Double.NaN : commits / (double) micros.length, invariants, gatling.report());
        }
    }

    /** The nearest-rank percentile, in ms, of sorted microseconds. */
    static double percentile(long[] sortedMicros, double percentile) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    static long binlogCommits(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Binlog_commits'")) {
            return rows.next() ? rows.getLong(2) : 0;
        }
    }

    private static Timestamp timestamp(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
