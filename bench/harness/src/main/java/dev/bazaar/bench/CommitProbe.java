package dev.bazaar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The checkout's bound: how many transactions a second the shop's MariaDB commits, measured with
 * a JDBC loop of single-row autocommit inserts from {@code threads} connections (the same server,
 * binlog and durability settings the services commit to).
 */
final class CommitProbe {

    private CommitProbe() {
    }

    /** Commits a second. */
    static double commitsPerSecond(Supplier<Connection> connections, int threads, Duration duration) throws Exception {
        LongAdder commits = new LongAdder();
        long end = System.nanoTime() + duration.toNanos();
        long begin = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                loops.add(pool.submit(() -> {
                    try (Connection db = connections.get();
                         PreparedStatement insert = db.prepareStatement("INSERT INTO bench.commit_probe (payload) VALUES (?)")) {
                        db.setAutoCommit(true);
                        while (System.nanoTime() < end) {
                            insert.setString(1, "commit probe");
                            insert.executeUpdate();
                            commits.increment();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        return commits.sum() / (GatlingRun.elapsed(begin).toNanos() / 1e9);
    }
}
