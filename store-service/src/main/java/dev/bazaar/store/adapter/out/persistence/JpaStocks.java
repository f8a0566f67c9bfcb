package dev.bazaar.store.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.store.application.port.out.Stocks;
import dev.bazaar.store.domain.inventory.Stock;
import dev.bazaar.store.domain.inventory.StockAdjustment;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code stock} and {@code stock_adjustments} tables, through JPA. {@link #lock} is one
 * {@code SELECT ... FOR UPDATE} that walks the primary key in order, so rows are locked in
 * product-id order.
 */
@ApplicationScoped
public class JpaStocks implements Stocks {

    private final ServiceDatabase database;

    @Inject
    public JpaStocks(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Stock> byId(ProductId productId) {
        return Optional.ofNullable(database.entityManager().find(StockEntity.class, productId.toString())).map(JpaStocks::toDomain);
    }

    @Override
    public List<Stock> byIds(Collection<ProductId> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return database.entityManager().createQuery("SELECT s FROM StockEntity s WHERE s.productId IN :ids", StockEntity.class)
                .setParameter("ids", productIds.stream().map(ProductId::toString).toList())
                .getResultStream()
                .map(JpaStocks::toDomain)
                .toList();
    }

    @Override
    public Map<ProductId, Stock> lock(Collection<ProductId> productIds) {
        Map<ProductId, Stock> locked = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return locked;
        }
        database.entityManager().createQuery("SELECT s FROM StockEntity s WHERE s.productId IN :ids ORDER BY s.productId",
                        StockEntity.class)
                .setParameter("ids", productIds.stream().map(ProductId::toString).sorted().distinct().toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .forEach(entity -> locked.put(new ProductId(UUID.fromString(entity.productId)), toDomain(entity)));
        return locked;
    }

    @Override
    public void add(Stock stock) {
        StockEntity entity = new StockEntity();
        entity.productId = stock.productId().toString();
        copy(stock, entity);
        database.entityManager().persist(entity);
    }

    @Override
    public void update(Collection<Stock> stocks) {
        for (Stock stock : stocks) {
            StockEntity entity = database.entityManager().find(StockEntity.class, stock.productId().toString());
            if (entity == null) {
                throw new IllegalStateException("no stock row of " + stock.productId());
            }
            copy(stock, entity);
        }
        database.entityManager().flush();
    }

    @Override
    public void log(StockAdjustment adjustment, String reason, String actorId) {
        StockAdjustmentEntity entity = new StockAdjustmentEntity();
        entity.productId = adjustment.productId().toString();
        entity.previousAvailable = adjustment.previous();
        entity.newAvailable = adjustment.current();
        entity.reason = reason;
        entity.actorId = actorId;
        entity.createdAt = adjustment.at();
        database.entityManager().persist(entity);
    }

    private static void copy(Stock stock, StockEntity entity) {
        entity.available = stock.available();
        entity.reserved = stock.reserved();
        entity.sold = stock.sold();
        entity.updatedAt = stock.updatedAt();
    }

    private static Stock toDomain(StockEntity entity) {
        return new Stock(new ProductId(UUID.fromString(entity.productId)), entity.available, entity.reserved, entity.sold,
                entity.updatedAt);
    }
}
