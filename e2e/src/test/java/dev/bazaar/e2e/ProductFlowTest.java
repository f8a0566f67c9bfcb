package dev.bazaar.e2e;

import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.UpdateProductRequest;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.bazaar.e2e.BffCalls.assertProblem;
import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's catalogue, as browsers live it against the whole shop: a seller opens a store and adds
 * products with stock through the BFF, changes a price, counts the stock and retires a product; a
 * customer browses, pages and searches the catalogue with the units available. Nobody else changes
 * the seller's products.
 */
class ProductFlowTest {

    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        bff = new BffCalls(Shop.shared().bff().baseUri());
    }

    @Test
    void aSellerAddsProductsWithStockThatACustomerBrowsesAndSearches() throws Exception {
        String seller = bff.signUpAndLogIn("seller");
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        String store = json(bff.post("/api/v1/stores", """
                {"name": "Tea & Mugs %s"}""".formatted(word), seller)).getString("id");

        HttpResponse<String> added = bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Enamel mug %s", "description": "350 ml, blue", "sku": "MUG-1",
                 "price": {"amount": 1250, "currency": "EUR"}, "stock": 5}""".formatted(word), seller);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject mug = json(added);
        String mugId = mug.getString("id");
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/products/" + mugId));
        assertThat(mug.getString("storeName")).isEqualTo("Tea & Mugs " + word);
        assertThat(mug.getJsonObject("price").getInt("amount")).isEqualTo(1250);
        assertThat(mug.getJsonObject("stock").getInt("available")).isEqualTo(5);
        String teapotId = json(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Cast iron teapot", "description": "For %s tea", "sku": "POT-1",
                 "price": {"amount": 4900, "currency": "EUR"}, "stock": 2}""".formatted(word), seller)).getString("id");

        String customer = bff.signUpAndLogIn("customer");
        JsonObject firstPage = json(bff.get("/api/v1/products?storeId=" + store + "&limit=1", customer));
        assertThat(ids(firstPage)).containsExactly(teapotId);
        JsonObject teapot = firstPage.getJsonArray("items").getJsonObject(0);
        assertThat(teapot.getString("storeId")).isEqualTo(store);
        assertThat(teapot.getString("storeName")).isEqualTo("Tea & Mugs " + word);
        assertThat(teapot.getString("description")).isEqualTo("For " + word + " tea");
        assertThat(teapot.getJsonObject("stock").getInt("available")).isEqualTo(2);
        JsonObject secondPage = json(bff.get("/api/v1/products?storeId=" + store + "&limit=1&cursor="
                + firstPage.getString("nextCursor"), customer));
        assertThat(ids(secondPage)).containsExactly(mugId);
        assertThat(secondPage.isNull("nextCursor")).as("the last page").isTrue();

        assertThat(ids(json(bff.get("/api/v1/products?q=" + word, null)))).containsExactly(teapotId, mugId);
        assertThat(ids(json(bff.get("/api/v1/products?q=MUG+" + word, null)))).as("every word, any case")
                .containsExactly(mugId);

        JsonObject repriced = json(bff.patch("/api/v1/products/" + mugId, """
                {"price": {"amount": 1100, "currency": "EUR"}}""", seller));
        assertThat(repriced.getJsonObject("price").getInt("amount")).isEqualTo(1100);
        assertThat(repriced.getInt("version")).isEqualTo(2);
        JsonObject counted = json(bff.put("/api/v1/products/" + mugId + "/stock", """
                {"available": 7, "reason": "delivery"}""", seller));
        assertThat(List.of(counted.getInt("available"), counted.getInt("reserved"), counted.getInt("sold")))
                .containsExactly(7, 0, 0);
        assertThat(json(bff.get("/api/v1/products/" + mugId, customer)).getJsonObject("stock").getInt("available"))
                .isEqualTo(7);

        json(bff.patch("/api/v1/products/" + teapotId, """
                {"active": false}""", seller));
        assertThat(ids(json(bff.get("/api/v1/products?q=" + word, customer)))).as("a retired product is not listed")
                .containsExactly(mugId);
        assertThat(json(bff.get("/api/v1/products/" + teapotId, customer)).getBoolean("active")).isFalse();
    }

    @Test
    void onlyTheOwnerChangesProductsAndBadFieldsAreNamed() throws Exception {
        String seller = bff.signUpAndLogIn("seller");
        String store = json(bff.post("/api/v1/stores", """
                {"name": "Owned %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
        String product = json(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Mug", "sku": "M-1", "price": {"amount": 500, "currency": "EUR"}}""", seller)).getString("id");

        HttpResponse<String> invalid = bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "", "sku": "not a sku", "price": {"amount": 0, "currency": "EUR"}}""", seller);
        assertProblem(invalid, 400, "validation-failed");
        assertThat(invalid.body()).contains("\"field\":\"name\"", "\"field\":\"sku\"", "\"field\":\"price.amount\"");
        assertThat(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Mug", "sku": "M-2", "price": {"amount": 500, "currency": "EUR"}, "stock": -1}""", seller).body())
                .contains("\"field\":\"stock\"");
        assertProblem(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Twin", "sku": "M-1", "price": {"amount": 500, "currency": "EUR"}}""", seller), 409, "duplicate");
        assertThat(bff.put("/api/v1/products/" + product + "/stock", """
                {"reason": "count"}""", seller).body()).contains("\"field\":\"available\"");

        String other = bff.signUpAndLogIn("seller");
        assertProblem(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Not yours", "sku": "X-1", "price": {"amount": 500, "currency": "EUR"}}""", other), 403, "not-owner");
        assertProblem(bff.patch("/api/v1/products/" + product, """
                {"name": "Mine now"}""", other), 403, "not-owner");
        assertProblem(bff.put("/api/v1/products/" + product + "/stock", """
                {"available": 0, "reason": "theft"}""", other), 403, "not-owner");
        assertProblem(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Not mine", "sku": "X-2", "price": {"amount": 500, "currency": "EUR"}}""",
                bff.signUpAndLogIn("customer")), 403, "role-required");
        assertProblem(bff.patch("/api/v1/products/" + product, """
                {"name": "Anonymous"}""", null), 401, "token-invalid");
        assertProblem(bff.get("/api/v1/products/" + UUID.randomUUID(), null), 404, "resource-not-found");
        assertProblem(bff.get("/api/v1/products?limit=500", null), 400, "validation-failed");
    }

    @Test
    void aChangeMadePastTheBffShowsInTheCatalogueWhenItsEventArrives() throws Exception {
        String seller = bff.signUpAndLogIn("seller");
        String store = json(bff.post("/api/v1/stores", """
                {"name": "Cached %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
        String product = json(bff.post("/api/v1/stores/" + store + "/products", """
                {"name": "Mug", "sku": "C-1", "price": {"amount": 500, "currency": "EUR"}}""", seller)).getString("id");
        String path = "/api/v1/products/" + product;
        // the product's own ProductChanged clears the cache once more when it arrives: read until a read is served from it
        double hitsBefore = cacheHits();
        Instant reading = Instant.now();
        while (cacheHits() == hitsBefore && Duration.between(reading, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0) {
            assertThat(json(bff.get(path, null)).getString("name")).isEqualTo("Mug");
            Thread.sleep(50);
        }
        assertThat(cacheHits()).as("a repeated read came from the BFF's cache").isGreaterThan(hitsBefore);

        // store-service changed directly (as another BFF instance would): only its ProductChanged event tells this BFF
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", Shop.shared().grpcPort("store")).usePlaintext().build();
        try {
            Metadata bearer = new Metadata();
            bearer.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + seller);
            ProductServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer))
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .updateProduct(UpdateProductRequest.newBuilder().setId(product).setName("Renamed mug").build());
        } finally {
            channel.shutdownNow();
        }
        Instant changed = Instant.now();
        String name = "Mug";
        while (name.equals("Mug") && Duration.between(changed, Instant.now()).compareTo(Duration.ofSeconds(8)) < 0) {
            Thread.sleep(50);
            name = json(bff.get(path, null)).getString("name");
        }
        // the cache keeps entries for 10 s at most: a change seen well before that came with its event
        assertThat(name).isEqualTo("Renamed mug");
        assertThat(Duration.between(changed, Instant.now())).isLessThan(Duration.ofSeconds(8));
    }

    /** web-bff's count of catalogue reads its cache answered. */
    private static double cacheHits() throws Exception {
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        Shop.shared().bff().baseUri().resolve("/metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("bff_catalog_cache_requests_total{") && line.contains("result=\"hit\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList();
    }
}
