package dev.bazaar.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Closed-loop customers: {@code bench.users} of them, each placing an order of one product (picked
 * at random from {@code bench.products}, a CSV with a {@code productId} column) through the BFF,
 * then reading the order until it has ended (APPROVED, REJECTED or CANCELLED), then placing the
 * next, for {@code bench.durationSeconds}. The reads back off as a patient client's would: the
 * first after {@code bench.pollMillis}, then twice as long each time up to {@code bench.maxPollMillis}
 * (a flat 20 ms had 16 customers send up to 800 reads a second: more work for the shop than the
 * checkouts they waited for). Each virtual user is one
 * customer of {@code bench.customers} (a CSV with a {@code token} column). The group "checkout"
 * spans place to ended as the customer sees it (the report is set to group durations).
 */
public class CheckoutSimulation extends Simulation {

    private static final Set<String> ENDED = Set.of("APPROVED", "REJECTED", "CANCELLED");

    public CheckoutSimulation() {
        int users = Params.integer("bench.users", 4);
        Duration duration = Duration.ofSeconds(Params.integer("bench.durationSeconds", 10));
        int firstPollMillis = Params.integer("bench.pollMillis", 20);
        int maxPollMillis = Params.integer("bench.maxPollMillis", 200);
        int maxPolls = 60_000 / maxPollMillis + 10; // a minute at most
        FeederBuilder<String> customers = csv(Params.string("bench.customers")).queue();
        FeederBuilder<String> products = csv(Params.string("bench.products")).random();

        ChainBuilder checkout = feed(products)
                .exec(session -> session.remove("orderId").set("status", "").set("key", UUID.randomUUID().toString())
                        .markAsSucceeded())
                .group("checkout").on(
                        exec(http("place order").post("/api/v1/orders")
                                .header("Authorization", "Bearer #{token}")
                                .header("Idempotency-Key", "#{key}")
                                .body(StringBody("{\"lines\":[{\"productId\":\"#{productId}\",\"quantity\":1}]}")).asJson()
                                .check(status().is(202), jsonPath("$.id").saveAs("orderId"),
                                        jsonPath("$.status").saveAs("status")))
                        .doIf(session -> session.contains("orderId")).then(
                                exec(session -> session.set("polls", 0).set("wait", firstPollMillis))
                                        .asLongAs(session -> !session.isFailed() && !ENDED.contains(session.getString("status"))
                                                && session.getInt("polls") < maxPolls).on(
                                                pause(session -> Duration.ofMillis(session.getInt("wait")))
                                                        .exec(http("read order").get("/api/v1/orders/#{orderId}")
                                                                .header("Authorization", "Bearer #{token}")
                                                                .check(status().is(200), jsonPath("$.status").saveAs("status")))
                                                        .exec(session -> session.set("polls", session.getInt("polls") + 1)
                                                                .set("wait", Math.min(2 * session.getInt("wait"), maxPollMillis))))));

        ScenarioBuilder customer = scenario("customers").feed(customers).during(duration).on(checkout);
        setUp(customer.injectOpen(atOnceUsers(users)))
                .protocols(http.baseUrl(Params.string("bench.base")).acceptHeader("application/json"));
    }
}
