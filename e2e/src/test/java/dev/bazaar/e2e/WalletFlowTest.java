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
 * A customer's wallet, as a browser lives it against the whole shop: sign up as a customer, log in,
 * find the wallet empty, top it up through the BFF (which calls payment-service with the customer's
 * token) once per Idempotency-Key, and read the balance back. Bad top-ups are problems naming the
 * field; a seller has no wallet to top up, and nobody without a token does.
 */
class WalletFlowTest {

    private static Shop shop;
    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
    }

    @Test
    void aCustomerTopsUpTheirWalletOncePerKeyAndReadsTheBalanceWhileASellerMayNot() throws Exception {
        String customer = bff.signUpAndLogIn("customer");

        assertThat(balance(bff.get("/api/v1/wallet", customer))).as("a new customer's wallet is empty").isZero();
        assertThat(json(bff.get("/api/v1/wallet", customer)).getJsonObject("balance").getString("currency")).isEqualTo("EUR");

        String key = UUID.randomUUID().toString();
        HttpResponse<String> topUp = bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 5000, "currency": "EUR"}}""", customer, "Idempotency-Key", key);
        assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(200);
        assertThat(balance(topUp)).isEqualTo(5000);

        HttpResponse<String> retried = bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 5000, "currency": "EUR"}}""", customer, "Idempotency-Key", key);
        assertThat(balance(retried)).as("the same request again adds nothing").isEqualTo(5000);
        assertProblem(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 7000, "currency": "EUR"}}""", customer, "Idempotency-Key", key), 422,
                "idempotency-key-reused");

        assertThat(balance(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 1999, "currency": "EUR"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString())))
                .isEqualTo(6999);
        assertThat(balance(bff.get("/api/v1/wallet", customer))).isEqualTo(6999);

        HttpResponse<String> invalid = bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": -5, "currency": "USD"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString());
        assertProblem(invalid, 400, "validation-failed");
        assertThat(invalid.body()).contains("\"field\":\"amount.amount\"", "\"field\":\"amount.currency\"");
        assertThat(bff.post("/api/v1/wallet/top-ups", "{}", customer, "Idempotency-Key", UUID.randomUUID().toString())
                .body()).contains("\"field\":\"amount\"");
        HttpResponse<String> noKey = bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100, "currency": "EUR"}}""", customer);
        assertProblem(noKey, 400, "validation-failed");
        assertThat(noKey.body()).contains("\"field\":\"Idempotency-Key\"");
        assertProblem(bff.post("/api/v1/wallet/top-ups", """
                {"amount": 100}""", customer, "Idempotency-Key", UUID.randomUUID().toString()), 400, "validation-failed");
        assertProblem(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100001, "currency": "EUR"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString()),
                422, "business-rule-violated");
        assertThat(balance(bff.get("/api/v1/wallet", customer))).as("refused top-ups change nothing").isEqualTo(6999);

        String seller = bff.signUpAndLogIn("seller");
        assertProblem(bff.get("/api/v1/wallet", seller), 403, "role-required");
        assertProblem(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100, "currency": "EUR"}}""", seller, "Idempotency-Key", UUID.randomUUID().toString()),
                403, "role-required");
        assertProblem(bff.get("/api/v1/wallet", null), 401, "token-invalid");
        assertProblem(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100, "currency": "EUR"}}""", null, "Idempotency-Key", UUID.randomUUID().toString()),
                401, "token-invalid");
    }

    private static long balance(HttpResponse<String> response) {
        JsonObject balance = json(response).getJsonObject("balance");
        return balance.getJsonNumber("amount").longValue();
    }
}
