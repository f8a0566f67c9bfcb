package dev.bazaar.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static dev.bazaar.e2e.BffCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open an order's live status stream, against the real order-service: the BFF asks
 * order-service for the order with the caller's own token before it sends any event, so its
 * answers are order-service's. (The stream of a real checkout, followed by the page until the
 * order is approved, is StorefrontBrowserTest's customer journey.)
 */
class OrderEventsFlowTest {

    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        bff = new BffCalls(Shop.shared().bff().baseUri());
    }

    @Test
    void aStreamOpensOnlyForAnOrderTheCallerMayRead() throws Exception {
        String path = "/api/v1/orders/" + UUID.randomUUID() + "/events";

        HttpResponse<String> anonymous = bff.get(path, null);
        assertProblem(anonymous, 401, "token-invalid");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        assertProblem(bff.get(path, bff.signUpAndLogIn("customer")), 404, "resource-not-found");
        assertProblem(bff.get("/api/v1/orders/not-a-uuid/events", bff.signUpAndLogIn("customer")), 400, "validation-failed");
    }
}
