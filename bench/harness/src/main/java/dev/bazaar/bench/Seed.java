package dev.bazaar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the loads need, made through the BFF as people would: a seller with a store and the products
 * the customers order (each with more units than a run can sell), and customers with topped-up
 * wallets. Everything stocked and topped up is also written to the {@code bench} schema, which the
 * invariants are checked against; the Gatling feeders are CSV files.
 */
final class Seed {

    /** Price of every product the loads order, in cents; a wallet holds at most 10 000.00 EUR. */
    static final long PRICE = 100;
    static final long UNITS = 10_000_000;
    /** Three top-ups of the most one top-up may add (1 000.00 EUR): 3 000 orders per customer. */
    static final long TOP_UP = 100_000;
    static final int TOP_UPS = 3;

    record Made(String storeId, List<String> products, List<Api.Account> customers, Path productsCsv, Path customersCsv) {
    }

    private Seed() {
    }

    static void createTables(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench.stocked (product_id CHAR(36) NOT NULL PRIMARY KEY,"
                    + " units BIGINT NOT NULL) ENGINE = InnoDB");
            statement.execute("CREATE TABLE IF NOT EXISTS bench.topped_up (customer_id CHAR(36) NOT NULL PRIMARY KEY,"
                    + " amount BIGINT NOT NULL) ENGINE = InnoDB");
            statement.execute("CREATE TABLE IF NOT EXISTS bench.commit_probe (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " payload VARCHAR(64) NOT NULL, created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)) ENGINE = InnoDB");
        }
    }

    static Made make(Api api, Connection db, int products, int customers, Path dir) throws Exception {
        createTables(db);
        Api.Account seller = api.newAccount("seller");
        String store = api.openStore(seller.token(), "Bench " + UUID.randomUUID().toString().substring(0, 8));
        List<String> productIds = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            productIds.add(api.addProduct(seller.token(), store, "Bench item " + i, "BENCH-" + i, PRICE, UNITS));
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.stocked VALUES (?, ?)")) {
            for (String id : productIds) {
                insert.setString(1, id);
                insert.setLong(2, UNITS);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Api.Account> accounts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Api.Account>> made = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                made.add(threads.submit(() -> {
                    Api.Account customer = api.newAccount("customer");
                    for (int t = 0; t < TOP_UPS; t++) {
                        api.topUp(customer.token(), TOP_UP);
                    }
                    return customer;
                }));
            }
            for (Future<Api.Account> customer : made) {
                accounts.add(customer.get());
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.topped_up VALUES (?, ?)")) {
            for (Api.Account customer : accounts) {
                insert.setString(1, customer.id());
                insert.setLong(2, TOP_UP * TOP_UPS);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Files.createDirectories(dir);
        Path productsCsv = dir.resolve("products.csv");
        Files.writeString(productsCsv, "productId\n" + String.join("\n", productIds) + "\n");
        Path customersCsv = dir.resolve("customers.csv");
        Files.writeString(customersCsv, "token\n" + String.join("\n", accounts.stream().map(Api.Account::token).toList()) + "\n");
        return new Made(store, productIds, accounts, productsCsv, customersCsv);
    }
}
