package dev.bazaar.platform.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InFlightRequestsTest {

    @Test
    void onceClosedNoRequestEntersAndThoseInFlightStillCount() throws Exception {
        InFlightRequests requests = new InFlightRequests();
        assertThat(requests.enter()).isTrue();

        requests.close();

        assertThat(requests.enter()).as("a request after close").isFalse();
        assertThat(requests.count()).isEqualTo(1);
        assertThat(requests.awaitIdle(Duration.ofMillis(50))).as("the one in flight is still running").isFalse();
        requests.exit();
        assertThat(requests.awaitIdle(Duration.ofMillis(50))).isTrue();
    }
}
