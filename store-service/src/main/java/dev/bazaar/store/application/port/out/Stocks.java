package dev.bazaar.store.application.port.out;

import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.inventory.StockAdjustment;
import dev.bazaar.store.domain.product.ProductId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the stock of each product is kept, and the log of sellers' adjustments. */
public interface Stocks {

    Optional<Stock> byId(ProductId productId);

    /** The stocks of these products that exist, in no particular order. */
    List<Stock> byIds(Collection<ProductId> productIds);

    /**
     * Locks the stock rows of these products until the transaction ends, one after the other in
     * product-id order (the one order every writer uses, so two transactions never wait for each
     * other in a cycle), and returns those that exist.
     */
    Map<ProductId, Stock> lock(Collection<ProductId> productIds);

    /** Adds the stock of a new product. */
    void add(Stock stock);

    /** Stores the changed counts of stocks locked by {@link #lock}. */
    void update(Collection<Stock> stocks);

    /** Records a seller's adjustment with its reason and who made it. */
    void log(StockAdjustment adjustment, String reason, String actorId);
}
