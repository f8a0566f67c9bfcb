package dev.bazaar.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Holds the event contracts in api/events together: every schema is valid JSON Schema 2020-12 and
 * follows the project's conventions, every example validates, a broken example does not, and the
 * README's routing table names exactly the events that have schemas.
 */
class EventSchemasTest {

    /** The contract as agreed: every event and saga command. A new one is added here on purpose. */
    private static final Set<String> EXPECTED_EVENTS = Set.of(
            "UserRegistered", "UserDeactivated",
            "StoreOpened", "ProductChanged",
            "StockReserved", "StockRejected", "StockConfirmed", "StockReleased",
            "OrderPlaced", "OrderStatusChanged", "OrderApproved", "OrderRejected", "OrderCancelled",
            "PaymentAuthorized", "PaymentDeclined", "PaymentRefunded",
            "ReserveStock", "ConfirmReservation", "ReleaseStock", "AuthorizePayment", "RefundPayment");

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Path EVENTS = Path.of(System.getProperty("basedir", ".")).resolve("events");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Draft 2020-12 treats "format" as an annotation by default; the examples must also be checked
     * for real UUIDs and timestamps, so format assertions are switched on.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static Schema metaSchema;

    @BeforeAll
    static void loadMetaSchema() {
        // Served from the validator's bundled copy: no network needed.
        metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    }

    static Stream<String> events() {
        return EXPECTED_EVENTS.stream().sorted();
    }

    @Test
    void schemaAndExampleFilesAreExactlyTheAgreedEvents() throws IOException {
        assertThat(namesIn(EVENTS, ".schema.json")).containsExactlyInAnyOrderElementsOf(EXPECTED_EVENTS);
        assertThat(namesIn(EVENTS.resolve("examples"), ".json")).containsExactlyInAnyOrderElementsOf(EXPECTED_EVENTS);
    }

    @Test
    void metaSchemaCheckRejectsAnInvalidSchema() throws IOException {
        // Guards the check below: a validator that accepted anything would make it worthless.
        JsonNode broken = JSON.readTree("{\"type\": \"objekt\", \"required\": \"orderId\"}");
        assertThat(metaSchema.validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaIsValidDraft202012(String event) {
        JsonNode schema = schemaNode(event);

        assertThat(metaSchema.validate(schema)).as("meta-schema errors of %s", event).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").asText()).isEqualTo("https://bazaar.dev/events/" + event + ".schema.json");
        assertThat(schema.path("title").asText()).isEqualTo(event);
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("properties").has("occurredAt")).as("every event carries occurredAt").isTrue();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyObjectIsClosedDocumentedAndRequiresOnlyKnownFields(String event) {
        List<String> problems = new ArrayList<>();
        checkObjects(schemaNode(event), "#", problems);
        assertThat(problems).as("convention violations in %s", event).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void exampleIsValid(String event) {
        assertThat(schema(event).validate(example(event))).as("errors of examples/%s.json", event).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void exampleWithoutARequiredFieldIsInvalid(String event) {
        JsonNode required = schemaNode(event).path("required");
        assertThat(required.isArray() && !required.isEmpty()).as("%s lists required fields", event).isTrue();

        for (JsonNode field : required) {
            ObjectNode broken = example(event);
            broken.remove(field.asText());
            assertThat(schema(event).validate(broken))
                    .as("%s without %s", event, field.asText())
                    .extracting(Error::getKeyword)
                    .contains("required");
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void exampleWithAnUnknownFieldIsInvalid(String event) {
        ObjectNode broken = example(event);
        broken.put("unexpectedField", "x");
        assertThat(schema(event).validate(broken))
                .extracting(Error::getKeyword)
                .contains("additionalProperties");
    }

    @ParameterizedTest
    @MethodSource("events")
    void malformedIdsAndTimestampsAreInvalid(String event) {
        ObjectNode badTime = example(event);
        badTime.put("occurredAt", "yesterday");
        assertThat(schema(event).validate(badTime)).extracting(Error::getKeyword).contains("format");

        // Every event names at least one aggregate by UUID; the first such field must reject junk.
        String idField = schemaNode(event).path("properties").properties().stream()
                .filter(p -> "uuid".equals(p.getValue().path("format").asText()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError(event + " has no uuid field"));
        ObjectNode badId = example(event);
        badId.put(idField, "42");
        assertThat(schema(event).validate(badId)).extracting(Error::getKeyword).contains("format");
    }

    @Test
    void moneyIsIntegerMinorUnitsWithAnIsoCurrency() {
        ObjectNode lowerCaseCurrency = example("AuthorizePayment");
        ((ObjectNode) lowerCaseCurrency.get("amount")).put("currency", "eur");
        assertThat(schema("AuthorizePayment").validate(lowerCaseCurrency)).extracting(Error::getKeyword).contains("pattern");

        ObjectNode fractionalAmount = example("AuthorizePayment");
        ((ObjectNode) fractionalAmount.get("amount")).put("amount", 32.99);
        assertThat(schema("AuthorizePayment").validate(fractionalAmount)).extracting(Error::getKeyword).contains("type");
    }

    @Test
    void moneyIsDefinedTheSameWayEverywhere() {
        // The schemas are self-contained (no cross-file $ref, so any consumer can use one file);
        // this keeps the copies of Money from drifting apart.
        Map<String, JsonNode> moneyDefs = new LinkedHashMap<>();
        for (String event : EXPECTED_EVENTS) {
            JsonNode money = schemaNode(event).path("$defs").path("Money");
            if (!money.isMissingNode()) {
                moneyDefs.put(event, money);
            }
        }
        assertThat(moneyDefs).hasSizeGreaterThan(5);
        JsonNode first = moneyDefs.values().iterator().next();
        assertThat(moneyDefs.values()).allSatisfy(money -> assertThat(money).isEqualTo(first));
    }

    @Test
    void orderStatusChangedCarriesAReasonExactlyForFailedOrders() {
        ObjectNode cancelledWithoutReason = example("OrderStatusChanged");
        cancelledWithoutReason.remove("reason");
        assertThat(schema("OrderStatusChanged").validate(cancelledWithoutReason)).isNotEmpty();

        ObjectNode reservedWithReason = example("OrderStatusChanged");
        reservedWithReason.put("fromStatus", "PENDING");
        reservedWithReason.put("toStatus", "STOCK_RESERVED");
        assertThat(schema("OrderStatusChanged").validate(reservedWithReason)).isNotEmpty();

        reservedWithReason.remove("reason");
        reservedWithReason.remove("reasonCode");
        assertThat(schema("OrderStatusChanged").validate(reservedWithReason)).isEmpty();
    }

    @Test
    void readmeRoutesEveryEventToTheTopicOfItsAggregateType() throws IOException {
        // Rows look like: | `OrderPlaced` | event | `order` | `shop.order.events` | order id | ...
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\| (event|command|reply) \\| `([a-z-]+)` \\| `([a-z.-]+)` \\|",
                Pattern.MULTILINE);
        Matcher matcher = row.matcher(Files.readString(EVENTS.resolve("README.md")));
        Map<String, String> topics = new LinkedHashMap<>();
        while (matcher.find()) {
            String event = matcher.group(1);
            String aggregateType = matcher.group(3);
            String topic = matcher.group(4);
            assertThat(topic).as("topic of %s", event).isEqualTo("shop." + aggregateType + ".events");
            assertThat(topics.put(event, topic)).as("%s listed twice", event).isNull();
        }

        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_EVENTS);
        // The schema's own description names the same topic, so neither can change alone.
        topics.forEach((event, topic) ->
                assertThat(schemaNode(event).path("description").asText()).as("description of %s", event)
                        .contains("Topic " + topic));
        // Saga commands all travel on order-service's saga topic.
        assertThat(topics).containsEntry("ReserveStock", "shop.order-saga.events")
                .containsEntry("AuthorizePayment", "shop.order-saga.events")
                .containsEntry("StockReserved", "shop.stock.events")
                .containsEntry("PaymentDeclined", "shop.payment.events");
    }

    /**
     * Walks a schema and reports every object schema that is open (no "additionalProperties":
     * false), requires a property it does not define, or has an undocumented property.
     */
    private static void checkObjects(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            if (node.has("properties")) {
                if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                    problems.add(path + ": additionalProperties must be false");
                }
                for (JsonNode required : node.path("required")) {
                    if (!node.path("properties").has(required.asText())) {
                        problems.add(path + ": requires undefined property " + required.asText());
                    }
                }
                node.path("properties").properties().forEach(p -> {
                    if (p.getValue().path("description").asText("").isBlank()) {
                        problems.add(path + "/properties/" + p.getKey() + ": no description");
                    }
                });
            }
            // An "if" subschema is a condition on the instance, not a definition of its shape.
            node.properties().stream()
                    .filter(p -> !p.getKey().equals("if"))
                    .forEach(p -> checkObjects(p.getValue(), path + "/" + p.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkObjects(node.get(i), path + "/" + i, problems);
            }
        }
    }

    private static Set<String> namesIn(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .forEach(name -> names.add(name.substring(0, name.length() - suffix.length())));
            return names;
        }
    }

    private static JsonNode schemaNode(String event) {
        return read(EVENTS.resolve(event + ".schema.json"));
    }

    private static Schema schema(String event) {
        return REGISTRY.getSchema(schemaNode(event));
    }

    /** A fresh, mutable copy of the event's example. */
    private static ObjectNode example(String event) {
        return (ObjectNode) read(EVENTS.resolve("examples").resolve(event + ".json"));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable JSON", e);
        }
    }
}
