package dev.bazaar.payment;

import dev.bazaar.platform.health.ReadinessChecks;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads of payment-service's tables, straight through JDBC, for what the tests check. */
final class PaymentTestSupport {

    private PaymentTestSupport() {
    }

    static List<String> query(String sql, Object... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** One number, e.g. a COUNT or a SUM; 0 for SQL NULL. */
    static long number(String sql, Object... parameters) throws Exception {
        List<String> values = query(sql, parameters);
        return values.isEmpty() || values.getFirst() == null ? 0 : Long.parseLong(values.getFirst());
    }

    /** The customer's wallet balance, or -1 when there is no wallet row. */
    static long balance(String customerId) throws Exception {
        List<String> values = query("SELECT balance FROM wallets WHERE customer_id = ?", customerId);
        return values.isEmpty() ? -1 : Long.parseLong(values.getFirst());
    }

    /** The sum of the customer's ledger entries. */
    static long ledgerSum(String customerId) throws Exception {
        return number("SELECT SUM(amount) FROM ledger_entries WHERE customer_id = ?", customerId);
    }

    private static DataSource dataSource() {
        return CDI.current().select(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE)).get();
    }
}
