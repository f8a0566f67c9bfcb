package dev.bazaar.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static dev.bazaar.e2e.BffCalls.assertProblem;
import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's first store, as a browser lives it against the whole shop: sign up as a seller, log
 * in, open a store through the BFF (which calls store-service with the seller's token), and read it
 * back without signing in. A customer may not open one.
 */
class StoreFlowTest {

    private static Shop shop;
    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
    }

    @Test
    void aSellerOpensAStoreThatAnyoneCanReadButACustomerCannotOpenOne() throws Exception {
        String seller = bff.signUpAndLogIn("seller");

        HttpResponse<String> opened = bff.post("/api/v1/stores", """
                {"name": "  Sam's Tea ", "description": "Loose leaf tea"}""", seller);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonObject store = json(opened);
        String id = store.getString("id");
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/stores/" + id));
        assertThat(store.getString("name")).isEqualTo("Sam's Tea");
        assertThat(store.getString("status")).isEqualTo("OPEN");

        HttpResponse<String> anonymous = bff.get("/api/v1/stores/" + id, null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        assertThat(json(anonymous).getString("ownerId")).isEqualTo(store.getString("ownerId"));
        assertThat(json(anonymous).getString("description")).isEqualTo("Loose leaf tea");

        assertProblem(bff.post("/api/v1/stores", """
                {"name": "sam's TEA"}""", seller), 409, "duplicate");
        assertProblem(bff.post("/api/v1/stores", """
                {"name": ""}""", seller), 400, "validation-failed");
        assertProblem(bff.get("/api/v1/stores/" + UUID.randomUUID(), null), 404, "resource-not-found");

        String customer = bff.signUpAndLogIn("customer");
        assertProblem(bff.post("/api/v1/stores", """
                {"name": "Not mine"}""", customer), 403, "role-required");
        assertProblem(bff.post("/api/v1/stores", """
                {"name": "Not mine"}""", null), 401, "token-invalid");
    }
}
