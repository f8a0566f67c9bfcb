package dev.bazaar.store;

import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.api.store.v1.BatchGetProductsRequest;
import dev.bazaar.api.store.v1.BatchGetProductsResponse;
import dev.bazaar.api.store.v1.BatchGetStockRequest;
import dev.bazaar.api.store.v1.CloseStoreRequest;
import dev.bazaar.api.store.v1.CreateProductRequest;
import dev.bazaar.api.store.v1.GetProductRequest;
import dev.bazaar.api.store.v1.GetStockRequest;
import dev.bazaar.api.store.v1.ListProductsRequest;
import dev.bazaar.api.store.v1.ListProductsResponse;
import dev.bazaar.api.store.v1.OpenStoreRequest;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.api.store.v1.SetStockRequest;
import dev.bazaar.api.store.v1.Stock;
import dev.bazaar.api.store.v1.Store;
import dev.bazaar.api.store.v1.UpdateProductRequest;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.TestAccessTokens;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ProductService and InventoryService's stock calls over gRPC against the service started for
 * real (MariaDB, the outbox): products, their stock and the adjustment log, who may change them,
 * cursor paging and search.
 */
class ProductsTest extends GrpcServiceTest {

    @Test
    void aSellerAddsAProductWithStockThatAnyoneReadsAndProductChangedGoesToTheOutbox() throws Exception {
        String seller = UUID.randomUUID().toString();
        Store store = openStore(seller, "Tea & Mugs");

        Product created = products(seller(seller)).createProduct(CreateProductRequest.newBuilder().setStoreId(store.getId())
                .setSku("MUG-ENAMEL-BLUE").setName("  Enamel mug ").setDescription("350 ml").setPrice(eur(1250))
                .setInitialStock(5).build());

        assertThat(created.getStoreId()).isEqualTo(store.getId());
        assertThat(created.getStoreName()).isEqualTo("Tea & Mugs");
        assertThat(created.getName()).isEqualTo("Enamel mug");
        assertThat(created.getPrice()).isEqualTo(eur(1250));
        assertThat(created.getActive()).isTrue();
        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(products(null).getProduct(GetProductRequest.newBuilder().setId(created.getId()).build())).isEqualTo(created);
        assertStock(stock(created.getId()), 5, 0, 0);

        List<String> events = query("SELECT payload FROM outbox WHERE aggregateid = ? AND type = 'ProductChanged'", created.getId());
        assertThat(events).hasSize(1);
        assertThat(EventSchemas.violations("ProductChanged", events.getFirst())).isEmpty();
        assertThat(events.getFirst()).contains("\"change\":\"CREATED\"", "\"version\":1", "\"storeName\":\"Tea & Mugs\"");
        assertThat(query("SELECT aggregatetype FROM outbox WHERE aggregateid = ?", created.getId())).containsExactly("product");
        assertThat(query("SELECT CONCAT(previous_available, '->', new_available, ' ', reason, ' by ', actor_id)"
                + " FROM stock_adjustments WHERE product_id = ?", created.getId()))
                .containsExactly("0->5 initial stock by " + seller);
    }

    @Test
    void badFieldsAreNamedTogether() {
        String seller = UUID.randomUUID().toString();
        Store store = openStore(seller, "Bad fields");

        var invalid = grpcFailure(() -> products(seller(seller)).createProduct(CreateProductRequest.newBuilder()
                .setStoreId(store.getId()).setSku("MUG 1").setName(" ").setPrice(eur(0)).setInitialStock(-1).build()));
        assertThat(invalid.violations()).extracting(v -> v.field())
                .containsExactlyInAnyOrder("sku", "name", "price.amount", "initial_stock");

        var noPriceAndDollars = grpcFailure(() -> products(seller(seller)).createProduct(CreateProductRequest.newBuilder()
                .setStoreId("nope").setSku("MUG-1").setName("Mug").build()));
        assertThat(noPriceAndDollars.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("store_id", "price");
        assertThat(grpcFailure(() -> products(seller(seller)).createProduct(product(store.getId(), "MUG-2", "Mug").toBuilder()
                .setPrice(Money.newBuilder().setAmount(100).setCurrency("USD")).build())).violations())
                .extracting(v -> v.field()).containsExactly("price.currency");
        assertThat(grpcStatus(() -> products(null).getProduct(GetProductRequest.newBuilder()
                .setId(UUID.randomUUID().toString()).build()))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void onlyTheStoresOwnerAddsAndChangesItsProductsOrAnAdmin() {
        String owner = UUID.randomUUID().toString();
        Store store = openStore(owner, "Owner's");
        Product product = products(seller(owner)).createProduct(product(store.getId(), "OWN-1", "Owned"));
        String other = seller(UUID.randomUUID().toString());

        assertThat(grpcFailure(() -> products(other).createProduct(product(store.getId(), "OWN-2", "Not yours"))).code())
                .isEqualTo("not-owner");
        assertThat(grpcStatus(() -> products(other).updateProduct(UpdateProductRequest.newBuilder().setId(product.getId())
                .setName("Mine now").build()))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcFailure(() -> inventory(other).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(0).setReason("theft").build())).code()).isEqualTo("not-owner");
        assertThat(grpcStatus(() -> products(null).createProduct(product(store.getId(), "OWN-3", "Anonymous"))))
                .isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcStatus(() -> inventory(null).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(0).setReason("x").build()))).isEqualTo(Status.Code.UNAUTHENTICATED);

        String admin = TestAccessTokens.token(UUID.randomUUID().toString(), "admin");
        assertThat(products(admin).updateProduct(UpdateProductRequest.newBuilder().setId(product.getId())
                .setDescription("Fixed by support").build()).getDescription()).isEqualTo("Fixed by support");
        assertStock(inventory(admin).setStock(SetStockRequest.newBuilder().setProductId(product.getId()).setAvailable(9)
                .setReason("recount").build()), 9, 0, 0);

        assertThat(grpcFailure(() -> products(seller(owner)).createProduct(product(store.getId(), "OWN-1", "Twin"))).code())
                .as("a SKU is unique in its store").isEqualTo("duplicate");
        assertThat(grpcStatus(() -> products(seller(owner)).createProduct(product(store.getId(), "OWN-1", "Twin"))))
                .isEqualTo(Status.Code.ALREADY_EXISTS);
        String elsewhere = UUID.randomUUID().toString();
        assertThat(products(seller(elsewhere)).createProduct(product(openStore(elsewhere, "Other").getId(), "OWN-1", "Same SKU"))
                .getSku()).as("in another store").isEqualTo("OWN-1");
    }

    @Test
    void updatesAreVersionedAndAStaleExpectedVersionIsAborted() throws Exception {
        String owner = UUID.randomUUID().toString();
        Store store = openStore(owner, "Versions");
        Product product = products(seller(owner)).createProduct(product(store.getId(), "V-1", "First"));

        Product renamed = products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder().setId(product.getId())
                .setName("Second").setPrice(eur(999)).setExpectedVersion(1).build());
        assertThat(renamed.getVersion()).isEqualTo(2);
        assertThat(renamed.getName()).isEqualTo("Second");
        assertThat(renamed.getPrice()).isEqualTo(eur(999));
        assertThat(renamed.getSku()).isEqualTo("V-1");

        var stale = grpcFailure(() -> products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder()
                .setId(product.getId()).setName("Third").setExpectedVersion(1).build()));
        assertThat(stale.code()).isEqualTo("version-conflict");
        assertThat(grpcStatus(() -> products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder()
                .setId(product.getId()).setName("Third").setExpectedVersion(1).build()))).isEqualTo(Status.Code.ABORTED);
        assertThat(grpcFailure(() -> products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder()
                .setId(product.getId()).build())).violations()).isNotEmpty();

        List<String> events = query("SELECT payload FROM outbox WHERE aggregateid = ? ORDER BY created_at", product.getId());
        assertThat(events).hasSize(2);
        events.forEach(event -> assertThat(EventSchemas.violations("ProductChanged", event)).isEmpty());
        assertThat(events.get(1)).contains("\"change\":\"UPDATED\"", "\"version\":2", "\"name\":\"Second\"");
    }

    @Test
    void aSellerSetsAvailableStockWithAReasonGuardedByExpectedAvailable() throws Exception {
        String owner = UUID.randomUUID().toString();
        Product product = products(seller(owner)).createProduct(product(openStore(owner, "Counts").getId(), "C-1", "Counted"));

        Stock delivered = inventory(seller(owner)).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(12).setReason("delivery").setExpectedAvailable(3).build());
        assertStock(delivered, 12, 0, 0);

        assertThat(grpcFailure(() -> inventory(seller(owner)).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(20).setReason("delivery").setExpectedAvailable(3).build())).code()).isEqualTo("version-conflict");
        assertThat(grpcFailure(() -> inventory(seller(owner)).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(-1).setReason(" ").build())).violations()).extracting(v -> v.field())
                .containsExactlyInAnyOrder("available", "reason");
        assertStock(stock(product.getId()), 12, 0, 0);
        assertThat(query("SELECT CONCAT(previous_available, '->', new_available, ' ', reason) FROM stock_adjustments"
                + " WHERE product_id = ? ORDER BY id", product.getId())).containsExactly("0->3 initial stock", "3->12 delivery");
    }

    @Test
    void aClosedStoresProductsCanBeReadButNeitherChangedNorListed() {
        String owner = UUID.randomUUID().toString();
        Store store = openStore(owner, "Closing");
        Product product = products(seller(owner)).createProduct(product(store.getId(), "CL-1", "Closing down"));
        stores(seller(owner)).closeStore(CloseStoreRequest.newBuilder().setId(store.getId()).build());

        assertThat(products(null).getProduct(GetProductRequest.newBuilder().setId(product.getId()).build()).getActive())
                .as("no longer orderable").isFalse();
        assertThat(list(null, "", store.getId(), false, 0, "").getItemsList()).isEmpty();
        assertThat(list(seller(owner), "", store.getId(), true, 0, "").getItemsList()).extracting(Product::getId)
                .containsExactly(product.getId());
        assertThat(grpcFailure(() -> products(seller(owner)).createProduct(product(store.getId(), "CL-2", "Late"))).code())
                .isEqualTo("business-rule-violated");
        assertThat(grpcStatus(() -> products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder()
                .setId(product.getId()).setName("Again").build()))).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(grpcFailure(() -> inventory(seller(owner)).setStock(SetStockRequest.newBuilder().setProductId(product.getId())
                .setAvailable(1).setReason("count").build())).code()).isEqualTo("business-rule-violated");
    }

    @Test
    void productsAreListedNewestFirstAPageAtATimeAndSearchedByEveryWord() {
        String owner = UUID.randomUUID().toString();
        Store store = openStore(owner, "Search");
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        created.add(create(owner, store, "S-1", "Blue " + word + " mug", "Enamel").getId());
        created.add(create(owner, store, "S-2", "Red mug", "Enamel, " + word.toUpperCase()).getId());
        created.add(create(owner, store, "S-3-" + word, "Green cup", "Porcelain").getId());
        created.add(create(owner, store, "S-4", "Teapot", "Cast iron " + word).getId());
        created.add(create(owner, store, "S-5", "Blue teapot 100%", "Cast iron").getId());
        List<String> newestFirst = created.reversed();

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = "";
        do {
            ListProductsResponse page = list(null, "", store.getId(), false, 2, cursor);
            page.getItemsList().forEach(product -> seen.add(product.getId()));
            sizes.add(page.getItemsCount());
            cursor = page.getNextCursor();
        } while (!cursor.isEmpty());
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(sizes).containsExactly(2, 2, 1);

        assertThat(ids(list(null, word, "", false, 0, ""))).as("name, description or sku, any case")
                .containsExactly(created.get(3), created.get(2), created.get(1), created.get(0));
        assertThat(ids(list(null, " MUG  " + word + " ", "", false, 0, ""))).as("every word")
                .containsExactly(created.get(1), created.get(0));
        assertThat(ids(list(null, "blue 100%", store.getId(), false, 0, ""))).as("% is a character")
                .containsExactly(created.get(4));
        assertThat(ids(list(null, "nothing-like-" + word, "", false, 0, ""))).isEmpty();

        products(seller(owner)).updateProduct(UpdateProductRequest.newBuilder().setId(created.get(0)).setActive(false).build());
        assertThat(ids(list(null, word, "", false, 0, ""))).as("inactive ones are hidden")
                .containsExactly(created.get(3), created.get(2), created.get(1));
        assertThat(ids(list(seller(owner), word, store.getId(), true, 0, ""))).as("but not from their owner")
                .containsExactly(created.get(3), created.get(2), created.get(1), created.get(0));
        assertThat(products(null).getProduct(GetProductRequest.newBuilder().setId(created.get(0)).build()).getActive()).isFalse();
        assertThat(grpcStatus(() -> list(seller(UUID.randomUUID().toString()), "", store.getId(), true, 0, "")))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcStatus(() -> list(null, "", store.getId(), true, 0, ""))).isEqualTo(Status.Code.UNAUTHENTICATED);

        String issued = list(null, "", store.getId(), false, 2, "").getNextCursor();
        assertThat(grpcFailure(() -> list(null, word, store.getId(), false, 2, issued)).violations()).extracting(v -> v.field())
                .containsExactly("page.cursor");
        assertThat(grpcFailure(() -> list(null, "x".repeat(201), "", false, 101, "")).violations()).extracting(v -> v.field())
                .containsExactlyInAnyOrder("query", "page.limit");
    }

    @Test
    void manyProductsAndStocksAreReadAtOnceInTheOrderAskedWithTheMissingApart() {
        String owner = UUID.randomUUID().toString();
        Store store = openStore(owner, "Batch");
        String first = create(owner, store, "B-1", "One", "").getId();
        String second = create(owner, store, "B-2", "Two", "").getId();
        String ghost = UUID.randomUUID().toString();

        BatchGetProductsResponse batch = products(null).batchGetProducts(BatchGetProductsRequest.newBuilder()
                .addIds(second).addIds(ghost).addIds(first).addIds(second).build());
        assertThat(batch.getProductsList()).extracting(Product::getId).containsExactly(second, first);
        assertThat(batch.getMissingIdsList()).containsExactly(ghost);

        var stocks = inventory(null).batchGetStock(BatchGetStockRequest.newBuilder()
                .addProductIds(first).addProductIds(ghost).addProductIds(second).build());
        assertThat(stocks.getStocksList()).extracting(Stock::getProductId).containsExactly(first, second);
        assertThat(stocks.getMissingIdsList()).containsExactly(ghost);

        assertThat(grpcFailure(() -> products(null).batchGetProducts(BatchGetProductsRequest.newBuilder().build())).violations())
                .extracting(v -> v.field()).containsExactly("ids");
        var tooMany = BatchGetProductsRequest.newBuilder();
        for (int i = 0; i < 101; i++) {
            tooMany.addIds(UUID.randomUUID().toString());
        }
        assertThat(grpcFailure(() -> products(null).batchGetProducts(tooMany.build())).violations()).extracting(v -> v.field())
                .containsExactly("ids");
        assertThat(grpcFailure(() -> inventory(null).batchGetStock(BatchGetStockRequest.newBuilder().addProductIds(first)
                .addProductIds("nope").build())).violations()).extracting(v -> v.field()).containsExactly("product_ids[1]");
    }

    // --- helpers -------------------------------------------------------------------------------

    static Money eur(long amount) {
        return Money.newBuilder().setAmount(amount).setCurrency("EUR").build();
    }

    private static CreateProductRequest product(String storeId, String sku, String name) {
        return CreateProductRequest.newBuilder().setStoreId(storeId).setSku(sku).setName(name).setPrice(eur(500))
                .setInitialStock(3).build();
    }

    private static Product create(String owner, Store store, String sku, String name, String description) {
        return products(seller(owner)).createProduct(product(store.getId(), sku, name).toBuilder()
                .setDescription(description).build());
    }

    private static Store openStore(String seller, String name) {
        return stores(seller(seller)).openStore(OpenStoreRequest.newBuilder().setName(name).build());
    }

    private static ListProductsResponse list(String token, String text, String storeId, boolean includeInactive, int limit,
                                             String cursor) {
        return products(token).listProducts(ListProductsRequest.newBuilder().setQuery(text).setStoreId(storeId)
                .setIncludeInactive(includeInactive).setPage(PageRequest.newBuilder().setLimit(limit).setCursor(cursor)).build());
    }

    private static List<String> ids(ListProductsResponse page) {
        return page.getItemsList().stream().map(Product::getId).toList();
    }

    private static Stock stock(String productId) {
        return inventory(null).getStock(GetStockRequest.newBuilder().setProductId(productId).build());
    }

    private static void assertStock(Stock stock, long available, long reserved, long sold) {
        assertThat(List.of(stock.getAvailable(), stock.getReserved(), stock.getSold())).containsExactly(available, reserved, sold);
    }

}
