package dev.bazaar.platform.testing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Points a service under test at the test infrastructure: its database address, and random
 * HTTP and gRPC ports so tests never collide with a running shop. Registered through
 * {@code META-INF/services}, so a service test needs nothing but this module on its classpath.
 */
public class TestInfrastructureConfigSource implements ConfigSource {

    private static final Set<String> NAMES = Set.of("bazaar.db.host", "bazaar.db.port", "bazaar.grpc.port", "server.port");

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        TestInfrastructure.Database db = TestInfrastructure.database();
        return Map.of("bazaar.db.host", db.host(),
                "bazaar.db.port", Integer.toString(db.port()),
                "bazaar.grpc.port", "0",
                "server.port", "0");
    }

    @Override
    public String getValue(String propertyName) {
        return NAMES.contains(propertyName) ? getProperties().get(propertyName) : null;
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
