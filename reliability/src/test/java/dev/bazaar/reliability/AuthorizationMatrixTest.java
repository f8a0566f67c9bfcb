package dev.bazaar.reliability;

import dev.bazaar.reliability.Bff.Account;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the BFF x every kind of caller x own or foreign resource, with the outcome the
 * table {@code authorization-matrix.csv} expects; the table must name every endpoint of the BFF's
 * OpenAPI document.
 */
@Order(1)
class AuthorizationMatrixTest {

    record Row(String method, String path, String caller, String owner, int expected) {

        @Override
        public String toString() {
            return method + " " + path + " as " + caller + " on " + owner + "'s";
        }
    }

    private static ReliabilityShop shop;
    private static Bff bff;
    private static final Map<String, Account> callers = new HashMap<>();
    private static final Map<String, String> stores = new HashMap<>();
    private static final Map<String, String> products = new HashMap<>();
    private static final Map<String, String> orders = new HashMap<>();
    private static Account loginUser;

    @BeforeAll
    static void fixtures() throws Exception {
        shop = ReliabilityShop.shared();
        bff = Bff.client(shop.bff(), 1);
        for (String kind : List.of("customer", "other-customer", "seller", "other-seller")) {
            callers.put(kind, bff.signUp(kind.replace("other-", "")));
        }
        callers.put("admin", bff.admin(shop));
        loginUser = bff.signUp("customer");
        for (String seller : List.of("seller", "other-seller")) {
            stores.put(seller, bff.openStore(callers.get(seller)));
            products.put(seller, bff.addProduct(callers.get(seller), stores.get(seller), 100, 1000));
        }
        for (String customer : List.of("customer", "other-customer")) {
            bff.topUp(callers.get(customer), 100_000);
            String id = Bff.json(bff.order(callers.get(customer), UUID.randomUUID().toString(), products.get("seller"), 1))
                    .getString("id");
            orders.put(customer, id);
        }
        for (var order : orders.entrySet()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!bff.status(callers.get(order.getKey()), order.getValue()).orElse("").equals("APPROVED")) {
                assertThat(System.nanoTime()).as("fixture order approved").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
        List<Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            HttpResponse<String> answer = Bff.patiently(() -> call(row));
            if (answer.statusCode() != row.expected()) {
                wrong.add(row + ": expected " + row.expected() + ", got " + answer.statusCode() + " " + abbreviate(answer.body()));
            } else if (answer.statusCode() >= 400) {
                assertThat(answer.headers().firstValue("Content-Type")).as(row + " answers problem+json")
                        .hasValue("application/problem+json");
            }
        }
        Summary.note("%-12s %s  %d calls (%d endpoints x 6 callers x own/foreign), %d not as expected",
                "authz", wrong.isEmpty() ? "HELD  " : "BROKEN", rows.size(),
                rows.stream().map(row -> row.method() + " " + row.path()).distinct().count(), wrong.size());
        assertThat(wrong).as("calls answered otherwise than authorization-matrix.csv says").isEmpty();
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheOpenApiDocument() throws Exception {
        Set<String> documented = new TreeSet<>();
        JsonObject paths = Bff.json(bff.get("/openapi?format=JSON", null)).getJsonObject("paths");
        for (var path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "{}"));
                }
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        for (Row row : rows()) {
            inMatrix.add(row.method() + " " + row.path().replaceAll("\\{[^}]+}", "{}"));
        }
        assertThat(documented).as("the OpenAPI document lists endpoints").hasSizeGreaterThan(10);
        assertThat(inMatrix).as("every documented endpoint is in authorization-matrix.csv").containsAll(documented);
    }

    private HttpResponse<String> call(Row row) throws Exception {
        String token = row.caller().equals("anonymous") ? null : callers.get(row.caller()).accessToken();
        String owner = row.owner();
        String path = row.path()
                .replace("{store}", owner.contains("seller") ? stores.get(owner) : "")
                .replace("{product}", owner.contains("seller") ? products.get(owner) : "")
                .replace("{order}", owner.contains("customer") ? orders.get(owner) : "");
        String body = switch (row.method() + " " + row.path()) {
            case "POST /api/v1/auth/signup" -> """
                    {"email": "%s@example.org", "password": "%s", "displayName": "M", "role": "customer"}"""
                    .formatted(UUID.randomUUID(), Bff.PASSWORD);
            case "POST /api/v1/auth/login" -> """
                    {"email": "%s", "password": "%s"}""".formatted(loginUser.email(), Bff.PASSWORD);
            case "POST /api/v1/auth/refresh" -> """
                    {"refreshToken": "%s"}""".formatted(bff.logIn(loginUser.email(), Bff.PASSWORD).getString("refreshToken"));
            case "POST /api/v1/auth/logout" -> """
                    {"refreshToken": "%s"}""".formatted(freshRefreshToken(owner.equals("self")
                    ? (row.caller().equals("anonymous") ? "customer" : row.caller()) : owner));
            case "POST /api/v1/stores" -> """
                    {"name": "Matrix %s"}""".formatted(UUID.randomUUID());
            case "POST /api/v1/stores/{store}/products" -> """
                    {"name": "Matrix", "sku": "M-%s", "price": {"amount": 100, "currency": "EUR"}, "stock": 1}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8));
            case "PATCH /api/v1/products/{product}" -> """
                    {"description": "changed by the matrix"}""";
            case "PUT /api/v1/products/{product}/stock" -> """
                    {"available": 1000, "reason": "matrix"}""";
            case "POST /api/v1/wallet/top-ups" -> """
                    {"amount": {"amount": 100, "currency": "EUR"}}""";
            case "POST /api/v1/orders" -> """
                    {"lines": [{"productId": "%s", "quantity": 1}]}""".formatted(products.get("seller"));
            case "POST /api/v1/orders/{order}/cancel" -> """
                    {"reason": "matrix"}""";
            default -> null;
        };
        List<String> headers = new ArrayList<>();
        if (row.path().endsWith("/events")) {
            headers.addAll(List.of("Accept", "text/event-stream"));
        }
        if (row.path().equals("/api/v1/orders") && row.method().equals("POST") || row.path().endsWith("/top-ups")) {
            headers.addAll(List.of("Idempotency-Key", UUID.randomUUID().toString()));
        }
        return bff.send(row.method(), path, body, token, headers.toArray(String[]::new));
    }

    private String freshRefreshToken(String who) throws Exception {
        String email = who.equals("admin") ? ReliabilityShop.ADMIN_EMAIL : callers.get(who).email();
        String password = who.equals("admin") ? shop.adminPassword : Bff.PASSWORD;
        return bff.logIn(email, password).getString("refreshToken");
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.csv")) {
            assertThat(in).as("authorization-matrix.csv").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.strip().split(",");
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4])));
            }
        }
        return rows;
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
