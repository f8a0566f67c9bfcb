package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.product.Price;
import dev.bazaar.store.domain.product.Product;
import dev.bazaar.store.domain.product.ProductChanged;
import dev.bazaar.store.domain.product.ProductDescription;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.store.domain.product.ProductName;
import dev.bazaar.store.domain.store.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * Use case: the owner of a product's store (or an admin) changes its name, description, price or
 * whether it is offered. The product moves to its next version and {@code ProductChanged}
 * (UPDATED) goes to the outbox in the same transaction. Orders placed before keep their price.
 */
@ApplicationScoped
public class UpdateProduct {

    /** A null field keeps the current value; at least one of name, description, price, active is set. */
    public record Command(String id, String name, String description, CreateProduct.PriceInput price, Boolean active,
                          Long expectedVersion) {
    }

    private final Stores stores;
    private final Products products;
    private final UserCopies users;
    private final Outbox outbox;
    private final Clock clock;
    private final String currency;

    @Inject
    public UpdateProduct(Stores stores, Products products, UserCopies users, Outbox outbox, Clock clock,
                         @ConfigProperty(name = "bazaar.shop.currency", defaultValue = "EUR") String currency) {
        this.stores = stores;
        this.products = products;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
        this.currency = currency;
    }

    @Transactional
    public CatalogProduct update(Caller caller, Command command) {
        caller.requireSignedIn();
        var violations = new Violations();
        ProductId id = violations.check(() -> ProductId.of(command.id(), "id"));
        var changes = new Product.Changes(
                command.name() == null ? null : violations.check(() -> ProductName.of(command.name())),
                command.description() == null ? null : violations.check(() -> ProductDescription.of(command.description())),
                command.price() == null ? null : violations.<Price>check(() -> command.price().parse(currency)),
                command.active());
        if (command.name() == null && command.description() == null && command.price() == null && command.active() == null) {
            violations.add("name", "set at least one of name, description, price, active");
        }
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        Product product = products.byIdForUpdate(id).orElseThrow(() -> ApplicationException.notFound("Product", id));
        Store store = stores.byId(product.storeId()).orElseThrow(() -> new IllegalStateException("no store of " + id));
        StoreAccess.requireOwnerOrAdmin(caller, store);
        StoreAccess.requireOpen(store);
        product.update(changes, command.expectedVersion(), StoreAccess.now(clock));
        products.update(product);
        ProductChanged event = product.changed(store.name().value());
        outbox.record(OutboxEvent.of("product", event.productId(), ProductChanged.TYPE, event));
        return new CatalogProduct(product, store.name().value(), true);
    }
}
