package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.application.port.out.Stocks;
import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use case: anyone reads the stock of one product, or of up to 100 at once. */
@ApplicationScoped
public class GetStock {

    /** The stocks found, in the order asked for, and the ids with no product. */
    public record Batch(List<Stock> stocks, List<String> missingIds) {
    }

    private final Stocks stocks;

    @Inject
    public GetStock(Stocks stocks) {
        this.stocks = stocks;
    }

    @Transactional
    public Stock get(String rawProductId) {
        ProductId id = ProductId.of(rawProductId, "product_id");
        return stocks.byId(id).orElseThrow(() -> ApplicationException.notFound("Product", id));
    }

    @Transactional
    public Batch get(List<String> rawProductIds) {
        IdBatch batch = IdBatch.of(rawProductIds, "product_ids");
        var found = batch.arrange(stocks.byIds(batch.ids()).stream()
                .collect(Collectors.toMap(Stock::productId, Function.identity())));
        return new Batch(found.items(), found.missingIds());
    }
}
