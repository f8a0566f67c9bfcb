package dev.bazaar.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an event payload against its published JSON Schema in {@code api/events/}, so a test of
 * a producer proves that what it writes to the outbox is what consumers were promised.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventSchemas() {
    }

    /** The schema violations of {@code payload} as event {@code type}; empty when it conforms. */
    public static List<String> violations(String type, String payload) {
        try {
            Path file = eventsDirectory().resolve(type + ".schema.json");
            Schema schema = REGISTRY.getSchema(JSON.readTree(file.toFile()));
            JsonNode document = JSON.readTree(payload);
            return schema.validate(document).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code api/events} of this repository, found from the module's working directory upwards. */
    private static Path eventsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path events = dir.resolve("api").resolve("events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new IllegalStateException("api/events not found above " + Path.of("").toAbsolutePath());
    }
}
