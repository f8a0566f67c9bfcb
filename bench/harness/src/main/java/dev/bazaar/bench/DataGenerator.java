package dev.bazaar.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Grows the shop's tables to a given size straight in the database (far faster than the API, and
 * the services read them the same): products of the bench's store with their stock (recorded in
 * bench.stocked, so the invariants cover them too), and past orders of other customers, APPROVED,
 * with their lines and status history, spread over the last year. Multi-row INSERTs of 1 000 rows.
 */
final class DataGenerator {

    private static final int ROWS = 1000;
    private static final String TS = "TIMESTAMP'2026-01-01 00:00:00' + INTERVAL %d SECOND";

    private final Random random = new Random(42);
    private final List<String> generatedProducts = new ArrayList<>();

    static long count(Connection db, String table) throws Exception {
        return Invariants.count(db, "SELECT COUNT(*) FROM " + table);
    }

    /** Adds products to the store until the products table holds {@code total}. */
    void productsUpTo(Connection db, String storeId, long total) throws Exception {
        long have = count(db, "store.products");
        try (Statement statement = db.createStatement()) {
            for (long done = have; done < total; ) {
                int rows = (int) Math.min(ROWS, total - done);
                StringBuilder products = new StringBuilder("INSERT INTO store.products (id, store_id, sku, name, description,"
                        + " price_amount, price_currency, active, version, created_at, updated_at) VALUES ");
                StringBuilder stock = new StringBuilder("INSERT INTO store.stock (product_id, available, reserved, sold, updated_at) VALUES ");
                StringBuilder stocked = new StringBuilder("INSERT INTO bench.stocked (product_id, units) VALUES ");
                for (int i = 0; i < rows; i++) {
                    String id = UUID.randomUUID().toString();
                    generatedProducts.add(id);
                    long n = done + i;
                    String at = TS.formatted(random.nextInt(300 * 86_400));
                    String sep = i == 0 ? "" : ",";
                    products.append(sep).append("('").append(id).append("','").append(storeId).append("','GEN-").append(n)
                            .append("','Generated ").append(word()).append(' ').append(n).append("','")
                            .append(word()).append(' ').append(word()).append(' ').append(word()).append(" for the growth bench',")
                            .append(100 + random.nextInt(10_000)).append(",'EUR',TRUE,1,").append(at).append(',').append(at).append(')');
                    stock.append(sep).append("('").append(id).append("',1000,0,0,").append(at).append(')');
                    stocked.append(sep).append("('").append(id).append("',1000)");
                }
                statement.executeUpdate(products.toString());
                statement.executeUpdate(stock.toString());
                statement.executeUpdate(stocked.toString());
                done += rows;
            }
        }
    }

    /** Adds past orders (1 to 3 lines, 3 status changes each) until the orders table holds {@code total}. */
    void ordersUpTo(Connection db, String storeId, List<String> someProducts, long total) throws Exception {
        List<String> products = generatedProducts.isEmpty() ? someProducts : generatedProducts;
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            customers.add(UUID.randomUUID().toString());
        }
        long have = count(db, "orders.orders");
        try (Statement statement = db.createStatement()) {
            for (long done = have; done < total; ) {
                int rows = (int) Math.min(ROWS, total - done);
                StringBuilder orders = new StringBuilder("INSERT INTO orders.orders (id, customer_id, idempotency_key,"
                        + " request_fingerprint, status, total_amount, currency, payment_requested, payment_id,"
                        + " reservation_expires_at, step_attempts, step_deadline_at, deadline_at, created_at, updated_at, version) VALUES ");
                StringBuilder lines = new StringBuilder("INSERT INTO orders.order_lines (order_id, line_no, product_id, store_id, sku,"
                        + " product_name, quantity, unit_price_amount) VALUES ");
                StringBuilder history = new StringBuilder("INSERT INTO orders.order_history (order_id, from_status, to_status, changed_at) VALUES ");
                for (int i = 0; i < rows; i++) {
                    String id = UUID.randomUUID().toString();
                    int second = random.nextInt(300 * 86_400);
                    String at = TS.formatted(second);
                    String ended = TS.formatted(second + 1);
                    int lineCount = 1 + random.nextInt(3);
                    long totalAmount = 0;
                    for (int l = 0; l < lineCount; l++) {
                        int quantity = 1 + random.nextInt(3);
                        long price = 100 + random.nextInt(5000);
                        totalAmount += quantity * price;
                        lines.append(i == 0 && l == 0 ? "" : ",").append("('").append(id).append("',").append(l + 1).append(",'")
                                .append(products.get(random.nextInt(products.size()))).append("','").append(storeId)
                                .append("','GEN','Generated item',").append(quantity).append(',').append(price).append(')');
                    }
                    orders.append(i == 0 ? "" : ",").append("('").append(id).append("','")
                            .append(customers.get(random.nextInt(customers.size()))).append("','").append(UUID.randomUUID())
                            .append("','").append("0".repeat(64)).append("','APPROVED',").append(totalAmount)
                            .append(",'EUR',TRUE,'").append(UUID.randomUUID()).append("',").append(ended).append(",1,")
                            .append(ended).append(',').append(ended).append(',').append(at).append(',').append(ended).append(",4)");
                    String[] steps = {"PENDING", "STOCK_RESERVED", "PAYMENT_AUTHORIZED", "APPROVED"};
                    for (int s = 1; s < steps.length; s++) {
                        history.append(i == 0 && s == 1 ? "" : ",").append("('").append(id).append("','").append(steps[s - 1])
                                .append("','").append(steps[s]).append("',").append(ended).append(')');
                    }
                }
                statement.executeUpdate(orders.toString());
                statement.executeUpdate(lines.toString());
                statement.executeUpdate(history.toString());
                done += rows;
            }
        }
    }

    private static final String[] WORDS = {"mug", "teapot", "kettle", "spoon", "bowl", "plate", "cup", "jar", "tin", "tray",
            "green", "blue", "enamel", "stoneware", "glass", "oak", "linen", "small", "large", "classic"};

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
