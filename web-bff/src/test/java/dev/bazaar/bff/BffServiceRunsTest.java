package dev.bazaar.bff;

import dev.bazaar.platform.testing.RunningServiceContract;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * web-bff starts for real and honours the service contract. No backend runs in this test, so the
 * status endpoint must report every backend DOWN, quickly, and still answer 200: the BFF stays up
 * when its backends are not (the whole-system test covers backends going down and coming up).
 */
class BffServiceRunsTest extends RunningServiceContract {

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of();
    }

    @Override
    protected boolean ownsDatabase() {
        return false;
    }

    @Test
    void statusReportsUnreachableBackendsAsDownWithinTheDeadline() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> status = get("/api/v1/status", "application/json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).isEqualTo(
                "{\"services\":{\"auth\":\"DOWN\",\"store\":\"DOWN\",\"order\":\"DOWN\",\"payment\":\"DOWN\"}}");
        // The probes run concurrently, each bounded by the 1 s probe deadline.
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }
}
