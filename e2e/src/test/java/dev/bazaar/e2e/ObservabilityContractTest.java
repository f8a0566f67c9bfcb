package dev.bazaar.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the SREs' tools read is what the running shop exposes: business metrics move as orders flow
 * (placed, approved, rejected for stock, declined, the requests and calls that carried them, the
 * events relayed and consumed), and every metric that a Grafana dashboard or a Prometheus alert of
 * kustomize/components/observability queries is on some service's {@code /metrics}.
 */
class ObservabilityContractTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path OBSERVABILITY = Path.of("").toAbsolutePath().getParent()
            .resolve("kustomize/components/observability");
    /** Metrics of the cluster, not of a Bazaar process: kube-state-metrics' and Prometheus' own. */
    private static final Pattern CLUSTER_METRIC = Pattern.compile("kube_.*|up");

    private static Shop shop;
    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
    }

    @Test
    void businessMetricsMoveAsOrdersFlow() throws Exception {
        Map<String, Double> before = scrapeAll();

        String seller = bff.signUpAndLogIn("seller");
        String storeId = json(bff.post("/api/v1/stores", """
                {"name": "Metrics %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
        String mug = json(bff.post("/api/v1/stores/" + storeId + "/products", """
                {"name": "Mug", "sku": "SKU-%s", "price": {"amount": 1000, "currency": "EUR"}, "stock": 2}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), seller)).getString("id");
        String customer = bff.signUpAndLogIn("customer");
        json(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 1500, "currency": "EUR"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString()));
        String approved = order(customer, mug, 1);     // 1000 of 1500: approved
        String outOfStock = order(customer, mug, 5);   // 2 in stock: rejected
        assertThat(awaitEnd(customer, approved)).isEqualTo("APPROVED");
        assertThat(awaitEnd(customer, outOfStock)).isEqualTo("REJECTED");
        String declined = order(customer, mug, 1);     // 1000 of the 500 left: declined
        assertThat(awaitEnd(customer, declined)).isEqualTo("CANCELLED");

        Map<String, Double> after = awaitScrape(now -> delta(before, now, "orders_ended_total{reason=\"PAYMENT_DECLINED\",status=\"CANCELLED\"}") >= 1
                && delta(before, now, "payment_declines_total{reason=\"INSUFFICIENT_FUNDS\"}") >= 1);

        assertThat(delta(before, after, "orders_placed_total")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "orders_ended_total{reason=\"NONE\",status=\"APPROVED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "orders_ended_total{reason=\"OUT_OF_STOCK\",status=\"REJECTED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "checkout_duration_seconds_count{status=\"APPROVED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "saga_step_seconds_count{to=\"STOCK_RESERVED\"}")).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "stock_reservations_total{outcome=\"rejected\"}")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "stock_rejections_total{command=\"ReserveStock\",reason=\"OUT_OF_STOCK\"}")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "payment_authorizations_total")).isGreaterThanOrEqualTo(1);
        // RED of the request that placed them, and of the gRPC call it made
        assertThat(delta(before, after, "http_server_request_duration_seconds_count{method=\"POST\",route=\"/api/v1/orders\",status=\"202\"}"))
                .isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "grpc_server_call_duration_seconds_count{code=\"OK\",method=\"bazaar.order.v1.OrderService/PlaceOrder\"}"))
                .isGreaterThanOrEqualTo(3);
        // the events: written, relayed, consumed
        assertThat(delta(before, after, "outbox_events_written_total{aggregate=\"order-saga\"}")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "outbox_events_relayed_total{topic=\"shop.order-saga.events\"}")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "messaging_messages_consumed_total{consumer=\"order.saga-replies\",outcome=\"handled\"}"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyMetricADashboardOrAnAlertQueriesIsExposedBySomeService() throws Exception {
        // a checkout first: some series exist only once something happened
        String seller = bff.signUpAndLogIn("seller");
        String storeId = json(bff.post("/api/v1/stores", """
                {"name": "Queried %s"}""".formatted(UUID.randomUUID()), seller)).getString("id");
        String mug = json(bff.post("/api/v1/stores/" + storeId + "/products", """
                {"name": "Mug", "sku": "SKU-%s", "price": {"amount": 100, "currency": "EUR"}, "stock": 1}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), seller)).getString("id");
        String customer = bff.signUpAndLogIn("customer");
        json(bff.post("/api/v1/wallet/top-ups", """
                {"amount": {"amount": 100, "currency": "EUR"}}""", customer, "Idempotency-Key", UUID.randomUUID().toString()));
        awaitEnd(customer, order(customer, mug, 2));
        awaitEnd(customer, order(customer, mug, 1));

        Set<String> exposed = new TreeSet<>();
        for (String text : scrapeTexts().values()) {
            text.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(exposed::add);
        }
        Map<String, String> queried = queriedMetrics();
        assertThat(queried).as("the dashboards and rules query something").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        queried.forEach((metric, where) -> {
            if (!CLUSTER_METRIC.matcher(metric).matches() && !exposed.contains(metric)) {
                missing.add(metric + " (" + where + ")");
            }
        });
        assertThat(missing).as("queried but exposed by no service; exposed: " + exposed).isEmpty();
    }

    /** Metric name -> where it is queried, from every dashboard's targets and every rule's expr. */
    private static Map<String, String> queriedMetrics() throws Exception {
        Map<String, String> queried = new HashMap<>();
        try (var dashboards = Files.list(OBSERVABILITY.resolve("dashboards"))) {
            for (Path file : dashboards.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonObject dashboard = Json.createReader(new StringReader(Files.readString(file))).readObject();
                for (JsonValue panel : dashboard.getJsonArray("panels")) {
                    for (JsonValue target : panel.asJsonObject().getJsonArray("targets") == null ? List.<JsonValue>of()
                            : panel.asJsonObject().getJsonArray("targets")) {
                        String where = file.getFileName() + ": " + panel.asJsonObject().getString("title");
                        metricsOf(target.asJsonObject().getString("expr")).forEach(m -> queried.putIfAbsent(m, where));
                    }
                }
            }
        }
        // expr: | blocks of the PrometheusRule (the lines indented deeper than "expr:")
        List<String> lines = Files.readAllLines(OBSERVABILITY.resolve("prometheus-rules.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("expr:")) {
                int indent = line.indexOf("expr:");
                StringBuilder expr = new StringBuilder(line.substring(indent + 5).replace("|", ""));
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
                        || lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
                    expr.append(' ').append(lines.get(++i).strip());
                }
                metricsOf(expr.toString()).forEach(m -> queried.putIfAbsent(m, "prometheus-rules.yaml"));
            }
        }
        return queried;
    }

    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan");

    /** The metric names of a PromQL expression (label matchers, grouping labels, functions and strings left out). */
    static Set<String> metricsOf(String promql) {
        String bare = promql.replaceAll("\"(\\\\.|[^\"])*\"", "\"\"")    // strings
                .replaceAll("\\{[^}]*}", " ")                          // label matchers
                .replaceAll("\\[[^]]*]", " ")                          // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // grouping labels
        Set<String> metrics = new TreeSet<>();
        Matcher identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?").matcher(bare);
        while (identifier.find()) {
            String word = identifier.group().replaceAll("[\\s(]", "");
            boolean function = identifier.group().endsWith("(");
            if (!function && !PROMQL_WORDS.contains(word.toLowerCase()) && !word.matches("\\d.*|e\\d*")) {
                metrics.add(word);
            }
        }
        return metrics;
    }

    private static String order(String customer, String product, int quantity) throws Exception {
        return json(bff.post("/api/v1/orders", """
                {"lines": [{"productId": "%s", "quantity": %d}]}""".formatted(product, quantity), customer,
                "Idempotency-Key", UUID.randomUUID().toString())).getString("id");
    }

    private static String awaitEnd(String customer, String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String status = json(bff.get("/api/v1/orders/" + id, customer)).getString("status");
        while (!Set.of("APPROVED", "REJECTED", "CANCELLED").contains(status)) {
            assertThat(Instant.now()).as("order %s ends", id).isBefore(deadline);
            Thread.sleep(20);
            status = json(bff.get("/api/v1/orders/" + id, customer)).getString("status");
        }
        return status;
    }

    private interface Condition {
        boolean holds(Map<String, Double> samples);
    }

    /** Scrapes until the condition holds (counters are counted after commit, on the consumer's thread). */
    private static Map<String, Double> awaitScrape(Condition condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        Map<String, Double> samples = scrapeAll();
        while (!condition.holds(samples) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            samples = scrapeAll();
        }
        return samples;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    /** Every sample of every process, summed over processes, keyed by name and labels (sorted, mp_scope left out). */
    private static Map<String, Double> scrapeAll() throws Exception {
        Map<String, Double> samples = new HashMap<>();
        Pattern sample = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)$");
        Pattern label = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:\\\\.|[^\"])*)\"");
        for (String text : scrapeTexts().values()) {
            for (String line : text.lines().toList()) {
                Matcher m = sample.matcher(line.strip());
                if (line.startsWith("#") || !m.matches()) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                if (m.group(3) != null) {
                    Matcher l = label.matcher(m.group(3));
                    while (l.find()) {
                        if (!l.group(1).equals("mp_scope")) {
                            labels.add(l.group(1) + "=\"" + l.group(2) + "\"");
                        }
                    }
                }
                labels.sort(null);
                String key = m.group(1) + (labels.isEmpty() ? "" : "{" + String.join(",", labels) + "}");
                try {
                    samples.merge(key, Double.parseDouble(m.group(4)), Double::sum);
                } catch (NumberFormatException ignored) {
                    // NaN and the like
                }
            }
        }
        return samples;
    }

    private static Map<String, String> scrapeTexts() throws Exception {
        Map<String, String> texts = new HashMap<>();
        List<URI> bases = new ArrayList<>();
        shop.all().values().forEach(service -> bases.add(service.baseUri()));
        bases.add(shop.relay().baseUri());
        for (URI base : bases) {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(base.resolve("/metrics"))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).as(base + "/metrics").isEqualTo(200);
            texts.put(base.toString(), metrics.body());
        }
        return texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
