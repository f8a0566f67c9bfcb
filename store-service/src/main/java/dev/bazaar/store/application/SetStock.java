package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.application.port.out.Stocks;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.store.domain.store.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Use case: the owner of a product's store (or an admin) sets how many units are available for
 * sale, leaving reserved and sold untouched; the change is logged with its reason. With
 * {@code expectedAvailable} the seller's read-modify-write fails (ABORTED) instead of overwriting
 * what checkouts changed meanwhile.
 */
@ApplicationScoped
public class SetStock {

    public static final int MAX_REASON = 200;

    /** {@code expectedAvailable} null for an unconditional change. */
    public record Command(String productId, long available, String reason, Long expectedAvailable) {
    }

    private final Stores stores;
    private final Products products;
    private final Stocks stocks;
    private final UserCopies users;
    private final Clock clock;

    @Inject
    public SetStock(Stores stores, Products products, Stocks stocks, UserCopies users, Clock clock) {
        this.stores = stores;
        this.products = products;
        this.stocks = stocks;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Stock set(Caller caller, Command command) {
        caller.requireSignedIn();
        var violations = new Violations();
        ProductId id = violations.check(() -> ProductId.of(command.productId(), "product_id"));
        if (command.available() < 0) {
            violations.add("available", "must be 0 or more");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.codePointCount(0, reason.length()) > MAX_REASON) {
            violations.add("reason", "must be 1 to " + MAX_REASON + " characters");
        }
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        CatalogProduct product = products.byId(id).orElseThrow(() -> ApplicationException.notFound("Product", id));
        Store store = stores.byId(product.product().storeId()).orElseThrow(() -> new IllegalStateException("no store of " + id));
        StoreAccess.requireOwnerOrAdmin(caller, store);
        StoreAccess.requireOpen(store);

        Stock stock = stocks.lock(List.of(id)).get(id);
        if (stock == null) {
            throw new IllegalStateException("product " + id + " has no stock row");
        }
        if (command.expectedAvailable() != null && command.expectedAvailable() != stock.available()) {
            throw ApplicationException.versionConflict(stock.available() + " units are available now, not "
                    + command.expectedAvailable() + "; read the stock again.");
        }
        stocks.log(stock.setAvailable(command.available(), StoreAccess.now(clock)), reason, caller.userId());
        stocks.update(List.of(stock));
        return stock;
    }
}
