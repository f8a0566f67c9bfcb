package dev.bazaar.bench.gatling;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One GET endpoint under load, after a warm-up of the same requests (named "... (warm-up)").
 * {@code bench.mode=closed}: {@code bench.users} connections each sending the next request as soon
 * as the last one is answered, for the maximum rate; {@code open}: {@code bench.rate} new requests
 * a second whatever the answers do, for latency at a given rate. Parameters are system properties
 * (see {@link Params}); the harness reads the results from the report.
 */
public class HttpGetSimulation extends Simulation {

    public HttpGetSimulation() {
        String name = Params.string("bench.name");
        String path = Params.string("bench.path");
        int users = Params.integer("bench.users", 16);
        Duration warmUp = Duration.ofSeconds(Params.integer("bench.warmupSeconds", 3));
        Duration duration = Duration.ofSeconds(Params.integer("bench.durationSeconds", 10));

        HttpProtocolBuilder protocol = http.baseUrl(Params.string("bench.base"))
                .acceptHeader("application/json")
                .shareConnections(); // the open model reuses connections, as a browser's pool would

        ScenarioBuilder warm = scenario(name + " (warm-up)").during(warmUp).on(
                exec(http(name + " (warm-up)").get(path).check(status().is(200))));
        PopulationBuilder measured;
        if (Params.string("bench.mode").equals("closed")) {
            measured = scenario(name).during(duration).on(exec(http(name).get(path).check(status().is(200))))
                    .injectOpen(atOnceUsers(users));
        } else {
            measured = scenario(name).exec(http(name).get(path).check(status().is(200)))
                    .injectOpen(constantUsersPerSec(Params.decimal("bench.rate")).during(duration));
        }
        PopulationBuilder first = warm.injectOpen(atOnceUsers(users));
        setUp(warmUp.isZero() ? measured : first.andThen(measured)).protocols(protocol);
    }
}
