package dev.bazaar.platform.testing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Points a service under test at the test infrastructure: its database and Kafka addresses, and
 * random HTTP and gRPC ports so tests never collide with a running shop. Registered through
 * {@code META-INF/services}, so a service test needs nothing but this module on its classpath.
 *
 * <p>Under {@code ./shop test} the addresses come from the environment. A test run alone starts
 * private infrastructure when Helidon first reads these keys (it reads every key it knows at
 * start, so a standalone run starts both MariaDB and Kafka).
 */
public class TestInfrastructureConfigSource implements ConfigSource {

    private static final Set<String> NAMES = Set.of("bazaar.db.host", "bazaar.db.port",
            "bazaar.kafka.bootstrap-servers", "bazaar.grpc.port", "server.port");

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        NAMES.forEach(name -> properties.put(name, getValue(name)));
        return properties;
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case "bazaar.db.host" -> TestInfrastructure.database().host();
            case "bazaar.db.port" -> Integer.toString(TestInfrastructure.database().port());
            case "bazaar.kafka.bootstrap-servers" -> TestInfrastructure.kafkaBootstrapServers();
            case "bazaar.grpc.port", "server.port" -> "0";
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "bazaar-test-infrastructure";
    }

    @Override
    public int getOrdinal() {
        // Above environment variables (300): a test never reaches a developer's running shop.
        return 500;
    }
}
