package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.application.port.out.Stocks;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.inventory.StockAdjustment;
import dev.bazaar.store.domain.product.Price;
import dev.bazaar.store.domain.product.Product;
import dev.bazaar.store.domain.product.ProductChanged;
import dev.bazaar.store.domain.product.ProductDescription;
import dev.bazaar.store.domain.product.ProductName;
import dev.bazaar.store.domain.product.Sku;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;

/**
 * Use case: a store's owner adds a product with its initial stock. The product, its stock, the
 * initial adjustment and {@code ProductChanged} (CREATED) are stored in one transaction, with the
 * store locked so that it cannot close meanwhile.
 */
@ApplicationScoped
public class CreateProduct {

    /** {@code price} null when the request has none. */
    public record Command(String storeId, String sku, String name, String description, PriceInput price,
                          long initialStock) {
    }

    /** A price as requested, checked by {@link #parse}. */
    public record PriceInput(long amount, String currency) {

        Price parse(String shopCurrency) {
            return new Price(amount, currency).requireCurrency(shopCurrency);
        }
    }

    private final Stores stores;
    private final Products products;
    private final Stocks stocks;
    private final UserCopies users;
    private final Outbox outbox;
    private final Clock clock;
    private final String currency;

    @Inject
    public CreateProduct(Stores stores, Products products, Stocks stocks, UserCopies users, Outbox outbox, Clock clock,
                         @ConfigProperty(name = "bazaar.shop.currency", defaultValue = "EUR") String currency) {
        this.stores = stores;
        this.products = products;
        this.stocks = stocks;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
        this.currency = currency;
    }

    @Transactional
    public CatalogProduct create(Caller caller, Command command) {
        caller.requireSignedIn();
        var violations = new Violations();
        StoreId storeId = violations.check(() -> StoreId.of(command.storeId(), "store_id"));
        Sku sku = violations.check(() -> Sku.of(command.sku()));
        ProductName name = violations.check(() -> ProductName.of(command.name()));
        ProductDescription description = violations.check(() -> ProductDescription.of(command.description()));
        Price price = command.price() == null ? missingPrice(violations) : violations.check(() -> command.price().parse(currency));
        if (command.initialStock() < 0) {
            violations.add("initial_stock", "must be 0 or more");
        }
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        Store store = stores.byIdForUpdate(storeId).orElseThrow(() -> ApplicationException.notFound("Store", storeId));
        if (!store.isOwnedBy(caller.userId())) {
            throw ApplicationException.permissionDenied("not-owner", "Only the store's owner may add products to it.");
        }
        StoreAccess.requireOpen(store);

        Instant now = StoreAccess.now(clock);
        Product product = Product.create(storeId, sku, name, description, price, now);
        products.add(product);
        stocks.add(Stock.initial(product.id(), command.initialStock(), now));
        stocks.log(new StockAdjustment(product.id(), 0, command.initialStock(), now), "initial stock", caller.userId());
        ProductChanged event = product.changed(store.name().value());
        outbox.record(OutboxEvent.of("product", event.productId(), ProductChanged.TYPE, event));
        return new CatalogProduct(product, store.name().value(), true);
    }

    private static Price missingPrice(Violations violations) {
        violations.add("price", "is required");
        return null;
    }
}
