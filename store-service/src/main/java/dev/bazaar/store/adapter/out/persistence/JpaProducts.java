package dev.bazaar.store.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.application.CatalogProduct;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.domain.product.Price;
import dev.bazaar.store.domain.product.Product;
import dev.bazaar.store.domain.product.ProductDescription;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.store.domain.product.ProductName;
import dev.bazaar.store.domain.product.Sku;
import dev.bazaar.store.domain.store.StoreId;
import dev.bazaar.store.domain.store.StoreStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products in store-service's own schema, through JPA; reads join their store for its name and status. */
@ApplicationScoped
public class JpaProducts implements Products {

    private static final String SELECT = "SELECT p, s.name, s.status FROM ProductEntity p JOIN StoreEntity s ON s.id = p.storeId";

    private final ServiceDatabase database;

    @Inject
    public JpaProducts(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<CatalogProduct> byId(ProductId id) {
        return database.entityManager().createQuery(SELECT + " WHERE p.id = :id", Object[].class)
                .setParameter("id", id.toString())
                .getResultStream()
                .findFirst()
                .map(JpaProducts::toCatalog);
    }

    @Override
    public Optional<Product> byIdForUpdate(ProductId id) {
        return Optional.ofNullable(database.entityManager().find(ProductEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaProducts::toDomain);
    }

    @Override
    public List<CatalogProduct> byIds(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.entityManager().createQuery(SELECT + " WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids.stream().map(ProductId::toString).toList())
                .getResultStream()
                .map(JpaProducts::toCatalog)
                .toList();
    }

    @Override
    public void add(Product product) {
        ProductEntity entity = new ProductEntity();
        entity.id = product.id().toString();
        entity.storeId = product.storeId().toString();
        entity.sku = product.sku().value();
        entity.createdAt = product.createdAt();
        copy(product, entity);
        try {
            database.entityManager().persist(entity);
            // Flush now: a concurrent product with the same SKU fails here, as a clear error.
            database.entityManager().flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violatedBy(e)) {
                throw ApplicationException.alreadyExists("duplicate",
                        "The store already has a product with SKU " + product.sku().value() + ".");
            }
            throw e;
        }
    }

    @Override
    public void update(Product product) {
        ProductEntity entity = database.entityManager().find(ProductEntity.class, product.id().toString());
        if (entity == null) {
            throw new IllegalStateException("product " + product.id() + " is not stored");
        }
        copy(product, entity);
        database.entityManager().flush();
    }

    @Override
    public List<CatalogProduct> page(Search search, Position after, int limit) {
        StringBuilder jpql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (after != null) {
            jpql.append(" AND (p.createdAt < :at OR (p.createdAt = :at AND p.id < :id))");
        }
        if (search.storeId() != null) {
            jpql.append(" AND p.storeId = :store");
        }
        if (!search.includeInactive()) {
            jpql.append(" AND p.active = true AND s.status = 'OPEN'");
        }
        for (int i = 0; i < search.words().size(); i++) {
            jpql.append(" AND p.searchText LIKE :w").append(i).append(" ESCAPE '!'");
        }
        jpql.append(" ORDER BY p.createdAt DESC, p.id DESC");
        var query = database.entityManager().createQuery(jpql.toString(), Object[].class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id().toString());
        }
        if (search.storeId() != null) {
            query.setParameter("store", search.storeId().toString());
        }
        for (int i = 0; i < search.words().size(); i++) {
            query.setParameter("w" + i, "%" + escapeLike(search.words().get(i)) + "%");
        }
        List<CatalogProduct> page = new ArrayList<>();
        query.getResultStream().forEach(row -> page.add(toCatalog(row)));
        return page;
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void copy(Product product, ProductEntity entity) {
        entity.name = product.name().value();
        entity.description = product.description().value();
        entity.priceAmount = product.price().amount();
        entity.priceCurrency = product.price().currency();
        entity.active = product.isActive();
        entity.version = product.version();
        entity.updatedAt = product.updatedAt();
    }

    private static CatalogProduct toCatalog(Object[] row) {
        return new CatalogProduct(toDomain((ProductEntity) row[0]), (String) row[1],
                StoreStatus.valueOf((String) row[2]) == StoreStatus.OPEN);
    }

    private static Product toDomain(ProductEntity entity) {
        return new Product(new ProductId(UUID.fromString(entity.id)), new StoreId(UUID.fromString(entity.storeId)),
                new Sku(entity.sku), ProductName.of(entity.name), ProductDescription.of(entity.description),
                new Price(entity.priceAmount, entity.priceCurrency), entity.active, entity.version, entity.createdAt,
                entity.updatedAt);
    }
}
