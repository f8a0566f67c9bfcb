package dev.bazaar.auth;

import dev.bazaar.platform.testing.RunningServiceContract;

import java.util.List;

/** auth-service starts for real against MariaDB and honours the service contract. */
class AuthServiceRunsTest extends RunningServiceContract {

    @Override
    protected List<String> expectedGrpcServices() {
        // The domain services (api/) are registered here as their issues implement them.
        return List.of();
    }
}
