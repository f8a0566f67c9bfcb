package dev.bazaar.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A checksum of every table that holds the shop's business state (users, sessions, stores,
 * products, stock, reservations, orders, payments, ledger), to show that something changed
 * nothing. Left out: the failed-login counters (bad logins are meant to count), the outbox and the
 * inbox (plumbing), Flyway's histories and the signing keys.
 */
final class TableChecksums {

    private static final List<String> IGNORED = List.of("login_failures", "outbox", "inbox", "signing_keys");

    private TableChecksums() {
    }

    static Map<String, String> of(ReliabilityShop shop) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection db = shop.sql(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    SELECT table_schema, table_name FROM information_schema.tables
                    WHERE table_schema IN ('auth', 'store', 'orders', 'payment') AND table_type = 'BASE TABLE'""")) {
                while (rows.next()) {
                    String table = rows.getString(2);
                    if (!IGNORED.contains(table) && !table.startsWith("flyway") && !table.contains("schema_history")) {
                        tables.add("`" + rows.getString(1) + "`.`" + table + "`");
                    }
                }
            }
            try (ResultSet rows = sql.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
                while (rows.next()) {
                    checksums.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return checksums;
    }

    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, checksum) -> {
            if (!Objects.equals(before.get(table), checksum)) {
                changed.add(table);
            }
        });
        return changed;
    }
}
