package dev.bazaar.reliability;

import dev.bazaar.reliability.Bff.Account;
import jakarta.json.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed requests for every REST endpoint of the BFF (jqwik): each try makes one bad
 * request per endpoint from the same generated "damage" (broken JSON, a body that is no object,
 * wrong types, missing required fields, huge and unicode strings, negative, fractional and huge
 * numbers, invalid ids in the path, bad query parameters, a wrong content type, an oversized body,
 * a missing or bad Idempotency-Key; extra fields and unicode text on top). Every answer is a 4xx
 * problem+json (or the HTTP server's own 413/414/431 before the application: a body over 1 MiB is
 * 413), never a 5xx, and the shop's data is what it was before (checksums of every
 * service's tables). The callers hold the right role and the path ids exist, so the requests get
 * as far as validation.
 */
class BadInputProperties {

    /** What a field holds, for what breaks it. */
    enum Kind { TEXT, ID, EMAIL, PASSWORD, ROLE, INT, MONEY, LINES, BOOL, TOKEN }

    record Field(String name, Kind kind, boolean required) {
    }

    record Endpoint(String method, String path, String caller, boolean idempotencyKey, List<Field> fields) {

        boolean hasBody() {
            return fields != null;
        }
    }

    /** How a request is damaged; {@code field} picks the field (mod the count), {@code text}/{@code number} the bad value. */
    enum Damage { BROKEN_JSON, NOT_AN_OBJECT, REMOVE_REQUIRED, WRONG_TYPE, BAD_VALUE, BAD_PATH_ID, BAD_QUERY, WRONG_CONTENT_TYPE,
        OVERSIZED, BAD_IDEMPOTENCY_KEY }

    record Plan(Damage damage, int field, String text, String number, String wrongType, boolean extraField,
                String unicode, long seed) {

        /** Printable: control characters escaped, huge texts cut (a failure message must reach the console whole). */
        @Override
        public String toString() {
            return "Plan[damage=" + damage + ", field=" + field + ", text=" + printable(text) + ", number=" + number
                    + ", wrongType=" + wrongType + ", extraField=" + extraField + ", unicode=" + printable(unicode)
                    + ", seed=" + seed + "]";
        }
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(120).forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(c > 0xffff ? "\\U%06x" : "\\u%04x", c));
            }
        });
        out.append('"');
        int length = text.codePointCount(0, text.length());
        return length > 120 ? out + "...(" + length + " code points)" : out.toString();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/auth/signup", null, false, List.of(new Field("email", Kind.EMAIL, true),
                    new Field("password", Kind.PASSWORD, true), new Field("displayName", Kind.TEXT, true),
                    new Field("role", Kind.ROLE, true))),
            new Endpoint("POST", "/api/v1/auth/login", null, false, List.of(new Field("email", Kind.EMAIL, true),
                    new Field("password", Kind.PASSWORD, true))),
            new Endpoint("POST", "/api/v1/auth/refresh", null, false, List.of(new Field("refreshToken", Kind.TOKEN, true))),
            new Endpoint("POST", "/api/v1/auth/logout", "customer", false, List.of(new Field("refreshToken", Kind.TOKEN, true))),
            new Endpoint("GET", "/api/v1/me", "customer", false, null),
            new Endpoint("POST", "/api/v1/stores", "seller", false, List.of(new Field("name", Kind.TEXT, true),
                    new Field("description", Kind.TEXT, false))),
            new Endpoint("GET", "/api/v1/stores/{store}", null, false, null),
            new Endpoint("POST", "/api/v1/stores/{store}/products", "seller", false, List.of(new Field("name", Kind.TEXT, true),
                    new Field("description", Kind.TEXT, false), new Field("sku", Kind.ID, true),
                    new Field("price", Kind.MONEY, true), new Field("stock", Kind.INT, false))),
            new Endpoint("PATCH", "/api/v1/products/{product}", "seller", false, List.of(new Field("name", Kind.TEXT, false),
                    new Field("description", Kind.TEXT, false), new Field("price", Kind.MONEY, false),
                    new Field("active", Kind.BOOL, false))),
            new Endpoint("PUT", "/api/v1/products/{product}/stock", "seller", false, List.of(
                    new Field("available", Kind.INT, true), new Field("reason", Kind.TEXT, true))),
            new Endpoint("GET", "/api/v1/products?q={text}&limit={number}&cursor={text}", null, false, null),
            new Endpoint("GET", "/api/v1/products/{product}", null, false, null),
            new Endpoint("GET", "/api/v1/wallet", "customer", false, null),
            new Endpoint("POST", "/api/v1/wallet/top-ups", "customer", true, List.of(new Field("amount", Kind.MONEY, true))),
            new Endpoint("POST", "/api/v1/orders", "customer", true, List.of(new Field("lines", Kind.LINES, true))),
            new Endpoint("GET", "/api/v1/orders?limit={number}&cursor={text}", "customer", false, null),
            new Endpoint("GET", "/api/v1/orders/{order}", "customer", false, null),
            new Endpoint("GET", "/api/v1/orders/{order}/events", "customer", false, null),
            new Endpoint("POST", "/api/v1/orders/{order}/cancel", "customer", false, List.of(new Field("reason", Kind.TEXT, false))),
            new Endpoint("GET", "/api/v1/status", null, false, null));

    /**
     * Refused by the HTTP server before any application code runs (a body over 1 MiB, a URI or
     * headers too long): a clear 4xx, but Helidon's own short text, not problem+json (docs/decisions/0018).
     */
    static final java.util.Set<Integer> TRANSPORT_REFUSALS = java.util.Set.of(413, 414, 431);

    private static ReliabilityShop shop;
    private static final Map<String, Account> callers = new LinkedHashMap<>();
    private static final Map<String, String> ids = new LinkedHashMap<>();
    private static Map<String, String> before;
    private static final AtomicInteger requests = new AtomicInteger();
    private static final Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
    private static final AtomicInteger tries = new AtomicInteger();

    @BeforeContainer
    static void fixtures() throws Exception {
        shop = ReliabilityShop.shared();
        Bff bff = Bff.client(shop.bff(), 3);
        callers.put("customer", bff.signUp("customer"));
        callers.put("seller", bff.signUp("seller"));
        ids.put("store", bff.openStore(callers.get("seller")));
        ids.put("product", bff.addProduct(callers.get("seller"), ids.get("store"), 250, 10));
        bff.topUp(callers.get("customer"), 10_000);
        String order = Bff.json(bff.order(callers.get("customer"), UUID.randomUUID().toString(), ids.get("product"), 1))
                .getString("id");
        ids.put("order", order);
        Invariants.awaitHold(shop, java.time.Duration.ofSeconds(60)); // nothing moves any more
        before = TableChecksums.of(shop);
    }

    @AfterContainer
    static void unchanged() throws Exception {
        if (before == null) {
            return;
        }
        Map<String, String> after = TableChecksums.of(shop);
        List<String> changed = TableChecksums.differences(before, after);
        Summary.note("%-12s %s  %d generated bad REST requests (%d tries over %d endpoints, %d kinds of damage), answers %s; %s",
                "bad-input", changed.isEmpty() ? "HELD  " : "BROKEN", requests.get(), tries.get(), ENDPOINTS.size(),
                Damage.values().length, byStatus,
                changed.isEmpty() ? "no table changed" : "tables changed: " + changed);
        assertThat(changed).as("tables changed by bad requests").isEmpty();
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void everyRestEndpointAnswersBadInputWithAClear4xx(@ForAll("plans") Plan plan) throws Exception {
        tries.incrementAndGet();
        Bff client = Bff.client(shop.bff(), 10 + (int) (plan.seed() & 0x7f)); // login failures spread over addresses
        Damage[] damages = Damage.values();
        for (int i = 0; i < ENDPOINTS.size(); i++) {
            Endpoint endpoint = ENDPOINTS.get(i);
            // every kind of damage in every try, each endpoint another one from try to try
            Damage damage = damageFor(endpoint, damages[(plan.damage().ordinal() + i) % damages.length]);
            if (damage == null) {
                continue; // a GET that this damage does not reach
            }
            HttpResponse<String> answer;
            try {
                answer = Bff.patiently(() -> send(client, endpoint, plan, damage));
            } catch (java.io.IOException closed) {
                // a body over the limit may be refused by closing the connection before the 413 is read
                assertThat(damage).as("%s %s with %s %s: no answer (%s)", endpoint.method(), endpoint.path(), damage, plan,
                        closed.getMessage()).isEqualTo(Damage.OVERSIZED);
                assertThat(client.get("/api/v1/status", null).statusCode()).as("the BFF after an oversized body").isEqualTo(200);
                requests.incrementAndGet();
                synchronized (byStatus) {
                    byStatus.merge(-1, 1, Integer::sum); // -1: the connection closed, no answer
                }
                continue;
            }
            requests.incrementAndGet();
            synchronized (byStatus) {
                byStatus.merge(answer.statusCode(), 1, Integer::sum);
            }
            if (answer.statusCode() < 400) {
                // the damage did not reach this endpoint (e.g. a bad query parameter for one without a body): fine
                // when it cannot change anything; the table checksums at the end prove it changed nothing
                assertThat(endpoint.method()).as(endpoint.path() + " accepted " + damage + " " + plan + ": "
                        + printable(AuthorizationMatrixTest.abbreviate(answer.body()))).isEqualTo("GET");
                continue;
            }
            assertThat(answer.statusCode()).as("%s %s with %s %s: %s", endpoint.method(), endpoint.path(), damage, plan,
                    printable(AuthorizationMatrixTest.abbreviate(answer.body()))).isBetween(400, 499);
            if (damage == Damage.OVERSIZED) {
                assertThat(answer.statusCode()).as("%s %s with a body over 1 MiB", endpoint.method(), endpoint.path())
                        .isEqualTo(413);
            }
            if (!TRANSPORT_REFUSALS.contains(answer.statusCode())) {
                assertThat(answer.headers().firstValue("Content-Type")).as("%s %s with %s %s: %d %s", endpoint.method(),
                        endpoint.path(), damage, plan, answer.statusCode(), printable(AuthorizationMatrixTest.abbreviate(answer.body())))
                        .hasValue("application/problem+json");
            }
        }
    }

    /** The plan's damage where it applies to this endpoint; else a body's wrong type (or, for a GET, none). */
    static Damage damageFor(Endpoint endpoint, Damage damage) {
        boolean applies = switch (damage) {
            case BAD_PATH_ID -> endpoint.path().contains("{store}") || endpoint.path().contains("{product}")
                    || endpoint.path().contains("{order}");
            case BAD_QUERY -> endpoint.path().contains("{text}") || endpoint.path().contains("{number}");
            case BAD_IDEMPOTENCY_KEY -> endpoint.idempotencyKey();
            default -> endpoint.hasBody();
        };
        return applies ? damage : endpoint.hasBody() ? Damage.WRONG_TYPE : null;
    }

    private static HttpResponse<String> send(Bff client, Endpoint endpoint, Plan plan, Damage damage) throws Exception {
        Random random = new Random(plan.seed());
        String path = endpoint.path();
        for (String id : List.of("store", "product", "order")) {
            String value = damage == Damage.BAD_PATH_ID
                    ? URLEncoder.encode(plan.text().isEmpty() ? " " : plan.text(), StandardCharsets.UTF_8).replace("+", "%20")
                    : ids.get(id);
            path = path.replace("{" + id + "}", value);
        }
        boolean badQuery = damage == Damage.BAD_QUERY;
        path = path.replace("{text}", badQuery ? URLEncoder.encode(plan.text(), StandardCharsets.UTF_8) : "")
                .replace("{number}", badQuery ? URLEncoder.encode(plan.number(), StandardCharsets.UTF_8) : "10");
        List<String> headers = new ArrayList<>(List.of("Accept", path.endsWith("/events") ? "text/event-stream" : "application/json"));
        if (endpoint.caller() != null) {
            headers.addAll(List.of("Authorization", "Bearer " + callers.get(endpoint.caller()).accessToken()));
        }
        if (endpoint.idempotencyKey()) {
            if (damage == Damage.BAD_IDEMPOTENCY_KEY) {
                switch (random.nextInt(3)) {
                    case 0 -> { } // none
                    case 1 -> headers.addAll(List.of("Idempotency-Key", ""));
                    default -> headers.addAll(List.of("Idempotency-Key", "k".repeat(129 + random.nextInt(5000))));
                }
            } else {
                headers.addAll(List.of("Idempotency-Key", UUID.randomUUID().toString()));
            }
        }
        byte[] body = null;
        if (endpoint.hasBody()) {
            String json = body(endpoint, plan, damage, random);
            body = json.getBytes(StandardCharsets.UTF_8);
            if (damage == Damage.OVERSIZED) {
                body = ("{\"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\", " + json.substring(1)).getBytes(StandardCharsets.UTF_8);
            }
            headers.addAll(List.of("Content-Type", damage == Damage.WRONG_CONTENT_TYPE
                    ? List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")
                    .get(random.nextInt(4)) : "application/json"));
        }
        return client.raw(endpoint.method(), path, body, headers.toArray(String[]::new));
    }

    /** The body: valid values everywhere, damaged as the plan says. */
    private static String body(Endpoint endpoint, Plan plan, Damage damage, Random random) {
        switch (damage) {
            case BROKEN_JSON -> {
                String valid = object(endpoint, plan, null, random);
                return valid.substring(0, Math.max(1, random.nextInt(valid.length() - 1))) + List.of("", "\"", ",,", "\u0000")
                        .get(random.nextInt(4));
            }
            case NOT_AN_OBJECT -> {
                return List.of("[]", "123", "\"text\"", "true", "[{}]", "").get(random.nextInt(6));
            }
            case REMOVE_REQUIRED, WRONG_TYPE, BAD_VALUE -> {
                return object(endpoint, plan, damage, random);
            }
            default -> {
                return object(endpoint, plan, null, random);
            }
        }
    }

    private static String object(Endpoint endpoint, Plan plan, Damage damage, Random random) {
        List<Field> fields = endpoint.fields();
        List<Field> required = fields.stream().filter(Field::required).toList();
        Field target = null;
        if (damage == Damage.REMOVE_REQUIRED && required.isEmpty()) {
            damage = Damage.WRONG_TYPE;
        }
        if (damage == Damage.REMOVE_REQUIRED) {
            target = required.get(Math.floorMod(plan.field(), required.size()));
        } else if (damage != null) {
            target = fields.get(Math.floorMod(plan.field(), fields.size()));
        }
        List<String> members = new ArrayList<>();
        for (Field field : fields) {
            if (field != target) {
                members.add(member(field.name(), valid(field, plan, random)));
            } else if (damage == Damage.WRONG_TYPE) {
                members.add(member(field.name(), wrongType(field, plan)));
            } else if (damage == Damage.BAD_VALUE) {
                members.add(member(field.name(), badValue(field, plan, random)));
            }
        }
        if (plan.extraField()) {
            members.add(member("extra" + Math.abs(plan.seed() % 1000), quote(plan.unicode())));
            members.add(member("id", quote(UUID.randomUUID().toString())));
        }
        java.util.Collections.shuffle(members, random);
        return "{" + String.join(", ", members) + "}";
    }

    private static String valid(Field field, Plan plan, Random random) {
        return switch (field.kind()) {
            case TEXT -> quote(random.nextBoolean() ? "Fine " + plan.unicode() : "Fine text");
            case ID -> quote("SKU-" + UUID.randomUUID().toString().substring(0, 8));
            case EMAIL -> quote("bad-input." + UUID.randomUUID() + "@example.org");
            case PASSWORD -> quote(Bff.PASSWORD);
            case ROLE -> quote("customer");
            case INT -> "1";
            case MONEY -> "{\"amount\": 100, \"currency\": \"EUR\"}";
            case LINES -> "[{\"productId\": " + quote(ids.get("product")) + ", \"quantity\": 1}]";
            case BOOL -> "true";
            case TOKEN -> quote(UUID.randomUUID().toString());
        };
    }

    private static String wrongType(Field field, Plan plan) {
        String wrong = plan.wrongType();
        // a number where text is wanted might be read as its digits: use a structure instead
        if (List.of(Kind.TEXT, Kind.ID, Kind.EMAIL, Kind.PASSWORD, Kind.ROLE, Kind.TOKEN).contains(field.kind())
                && !wrong.startsWith("[") && !wrong.startsWith("{")) {
            return "[" + wrong + "]";
        }
        if (field.kind() == Kind.BOOL && (wrong.equals("true") || wrong.equals("false") || wrong.equals("null"))) {
            return "\"yes\"";
        }
        if (wrong.equals("12") && field.kind() == Kind.INT || wrong.equals("-3.5") && field.kind() == Kind.INT) {
            return "\"twelve\"";
        }
        return wrong.equals("null") && !field.required() ? "[]" : wrong;
    }

    private static String badValue(Field field, Plan plan, Random random) {
        String huge = quote("h".repeat(100_001));
        return switch (field.kind()) {
            case TEXT -> random.nextBoolean() || !field.required() ? huge : quote("");
            case ID -> quote(plan.text().isEmpty() ? "bad sku with spaces" : plan.text().replaceAll("[A-Za-z0-9._-]", "") + " /");
            case EMAIL -> quote(plan.text().replace("@", "") + (random.nextBoolean() ? "" : "@"));
            case PASSWORD -> random.nextBoolean() ? huge : quote("");
            case ROLE -> quote(List.of("admin", "ADMIN", "", "customer ", plan.text()).get(random.nextInt(5)));
            case INT -> invalidCount(plan);
            case MONEY -> List.of(
                    "{\"amount\": " + invalidCount(plan) + ", \"currency\": \"EUR\"}",
                    "{\"amount\": -100, \"currency\": \"EUR\"}",
                    "{\"amount\": 100, \"currency\": " + quote(plan.text()) + "}",
                    "{\"amount\": 100}",
                    "{\"currency\": \"EUR\"}",
                    "{\"amount\": 1.25, \"currency\": \"EUR\"}",
                    "{\"amount\": \"100\", \"currency\": \"XXX\"}").get(random.nextInt(7));
            case LINES -> List.of(
                    "[]",
                    "[{\"productId\": " + quote(plan.text()) + ", \"quantity\": 1}]",
                    "[{\"productId\": " + quote(ids.get("product")) + ", \"quantity\": " + plan.number() + "}]",
                    "[{\"productId\": " + quote(ids.get("product")) + ", \"quantity\": 0}]",
                    "[{\"productId\": " + quote(ids.get("product")) + "}]",
                    "[null]",
                    "[" + String.join(",", java.util.Collections.nCopies(5000,
                            "{\"productId\": " + quote(ids.get("product")) + ", \"quantity\": 1}")) + "]").get(random.nextInt(7));
            case BOOL -> List.of("\"true\"", "1", "\"\"").get(random.nextInt(3));
            case TOKEN -> random.nextBoolean() ? huge : quote(plan.text());
        };
    }

    /** No count or amount: below zero, fractional, beyond 64 bits, or a string. */
    private static String invalidCount(Plan plan) {
        return List.of("-1", plan.number().startsWith("-") && !plan.number().equals("-0") ? plan.number() : "-5",
                "1.5", "1e400", "99999999999999999999999999", "18446744073709551617", "\"7\"")
                .get(Math.floorMod(plan.seed() ^ plan.field(), 7));
    }

    private static String member(String name, String json) {
        return quote(name) + ": " + json;
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<Plan> plans() {
        return Combinators.combine(
                        Arbitraries.of(Damage.class),
                        Arbitraries.integers().between(0, 16),
                        badStrings(),
                        badNumbers(),
                        wrongTypes(),
                        Arbitraries.of(true, false),
                        Arbitraries.strings().all().ofMaxLength(40),
                        Arbitraries.longs())
                .as(Plan::new);
    }

    /** Strings that are no valid id, email or name: unicode of every plane, control characters, huge, injection. */
    static Arbitrary<String> badStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withChars("\u202e\u200b\ufeff\ud83d\ude00\u00e9\u0301\u4e2d\u0627").ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().ascii().ofMinLength(2_000).ofMaxLength(70_000),
                Arbitraries.of("../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>", "%00", "${jndi:ldap://x}",
                        "00000000-0000-0000-0000-00000000000g", "not-a-uuid", " ", "null", "{}", "\\", "%", "%%32%65"));
    }

    static Arbitrary<String> badNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().lessOrEqual(0).map(String::valueOf),
                Arbitraries.of("-1", "0", "-0", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                        "2147483648", "1e308", "1e400", "-1e400", "0.5", "1.0000000001", "NaN", "Infinity", "0x10", "1_000",
                        "99999999999999999999999999999999999999"));
    }

    static Arbitrary<String> wrongTypes() {
        return Arbitraries.of("true", "false", "null", "[]", "{}", "[1, 2]", "{\"a\": {\"b\": []}}", "\"text\"", "12",
                "-3.5", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]");
    }
}
