package dev.bazaar.auth;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * auth-service's settings under test: a first admin (test-only credentials, as a deployment's
 * secret would provide them), a small login limit per account so the limit is reached quickly,
 * an encryption key for signing keys at rest, and service clients. Registered through META-INF/services.
 */
public class AuthTestSettings implements ConfigSource {

    public static final String ADMIN_EMAIL = "admin@bazaar.test";
    public static final String ADMIN_PASSWORD = "test-only admin password";
    public static final int FAILURES_PER_ACCOUNT = 3;
    public static final int FAILURES_PER_ADDRESS = 6;
    public static final String SERVICE_CLIENT = "order-service";
    public static final String SERVICE_SECRET = "test-only service secret, 32+ characters";

    private static final Map<String, String> VALUES = Map.of(
            "bazaar.auth.service-clients", SERVICE_CLIENT + ",store-service",
            "bazaar.auth.service-clients." + SERVICE_CLIENT + ".secret", SERVICE_SECRET,
            // a secret too short to be accepted
            "bazaar.auth.service-clients.store-service.secret", "short",
            "bazaar.auth.admin.email", ADMIN_EMAIL,
            "bazaar.auth.admin.password", ADMIN_PASSWORD,
            "bazaar.auth.login.max-failures-per-account", Integer.toString(FAILURES_PER_ACCOUNT),
            "bazaar.auth.login.max-failures-per-address", Integer.toString(FAILURES_PER_ADDRESS),
            // 32 bytes of zeros: a test value, never a deployment's key
            "bazaar.auth.keys.encryption-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "auth-test-settings";
    }

    @Override
    public int getOrdinal() {
        return 450;
    }
}
