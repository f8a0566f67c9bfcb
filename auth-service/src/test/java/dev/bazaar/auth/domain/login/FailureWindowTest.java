package dev.bazaar.auth.domain.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At most N failures in any window, with the exact wait until the next attempt is allowed. */
class FailureWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final FailureWindow window = new FailureWindow(3, Duration.ofMinutes(15));

    @Test
    void theLimitBlocksUntilTheOldestCountedFailureLeavesTheWindow() {
        List<Instant> two = List.of(T0.plusSeconds(60), T0);
        assertThat(window.blockedFor(two, T0.plusSeconds(61))).as("two of three").isEmpty();

        List<Instant> three = List.of(T0.plusSeconds(120), T0.plusSeconds(60), T0);
        assertThat(window.blockedFor(three, T0.plusSeconds(180))).hasValue(Duration.ofMinutes(15).minusSeconds(180));
        assertThat(window.blockedFor(three, T0.plus(Duration.ofMinutes(15)))).as("the first left the window").isEmpty();
    }

    @Test
    void theWindowSlidesSoNoBurstFitsAcrossABucketEdge() {
        Instant late = T0.plus(Duration.ofMinutes(14));
        List<Instant> burst = List.of(late.plusSeconds(2), late.plusSeconds(1), late);

        assertThat(window.blockedFor(burst, T0.plus(Duration.ofMinutes(16)))).isPresent();
    }

    @Test
    void failuresBeforeTheWindowDoNotCount() {
        assertThat(window.start(T0.plus(Duration.ofMinutes(15)))).isEqualTo(T0);
        assertThat(window.blockedFor(List.of(T0.plusSeconds(1), T0, T0.minusSeconds(1)), T0.plus(Duration.ofMinutes(15))))
                .isEmpty();
    }

    @Test
    void limitAndWindowArePositive() {
        assertThatThrownBy(() -> new FailureWindow(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailureWindow(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
