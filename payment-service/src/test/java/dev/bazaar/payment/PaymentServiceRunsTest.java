package dev.bazaar.payment;

import dev.bazaar.platform.testing.RunningServiceContract;

import java.util.List;

/** payment-service starts for real against MariaDB and honours the service contract. */
class PaymentServiceRunsTest extends RunningServiceContract {

    @Override
    protected List<String> expectedGrpcServices() {
        // The domain services (api/) are registered here as their issues implement them.
        return List.of("bazaar.payment.v1.PaymentService");
    }
}
