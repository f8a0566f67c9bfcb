package dev.bazaar.payment.adapter.in.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo provider is reliable unless told otherwise, and then as slow and flaky as told. */
class SimulatedProviderFaultsTest {

    @Test
    void offByDefaultNothingFails() {
        var faults = new SimulatedProviderFaults(Duration.ZERO, 0, () -> 0.0);

        for (int i = 0; i < 100; i++) {
            assertThatCode(faults::beforeProviderCall).doesNotThrowAnyException();
        }
    }

    @Test
    void theConfiguredShareOfCallsFailsTransiently() {
        var faults = new SimulatedProviderFaults(Duration.ZERO, 0.3, new java.util.function.DoubleSupplier() {
            private double next = 0.05;

            @Override
            public double getAsDouble() {
                double value = next;
                next += 0.1; // 0.05, 0.15, ..., 0.95: three of ten below 0.3
                return value;
            }
        });

        int failed = 0;
        for (int i = 0; i < 10; i++) {
            try {
                faults.beforeProviderCall();
            } catch (SimulatedProviderFaults.TransientProviderError e) {
                failed++;
            }
        }
        assertThat(failed).isEqualTo(3);
    }

    @Test
    void aDelayIsWaitedBeforeTheCall() {
        var faults = new SimulatedProviderFaults(Duration.ofMillis(120), 0, () -> 0.0);

        long started = System.nanoTime();
        faults.beforeProviderCall();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThatThrownBy(() -> new SimulatedProviderFaults(Duration.ZERO, 1.5, () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedProviderFaults(Duration.ofSeconds(-1), 0, () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
