package dev.bazaar.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList();
    }
}
