package dev.bazaar.payment;

import dev.bazaar.platform.testing.RunningServiceContract;

import java.util.List;

/** Reads of payment-service's tables, straight through JDBC, for what the tests check. */
final class PaymentTestSupport {

    private PaymentTestSupport() {
    }

    /** One number, e.g. a COUNT or a SUM; 0 for SQL NULL. */
    static long number(String sql, Object... parameters) throws Exception {
        List<String> values = RunningServiceContract.query(sql, parameters);
        return values.isEmpty() || values.getFirst() == null ? 0 : Long.parseLong(values.getFirst());
    }

    /** The customer's wallet balance, or -1 when there is no wallet row. */
    static long balance(String customerId) throws Exception {
        List<String> values = RunningServiceContract.query("SELECT balance FROM wallets WHERE customer_id = ?", customerId);
        return values.isEmpty() ? -1 : Long.parseLong(values.getFirst());
    }

    /** The sum of the customer's ledger entries. */
    static long ledgerSum(String customerId) throws Exception {
        return number("SELECT SUM(amount) FROM ledger_entries WHERE customer_id = ?", customerId);
    }

}
