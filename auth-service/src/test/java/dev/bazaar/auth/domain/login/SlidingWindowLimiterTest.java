package dev.bazaar.auth.domain.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** At most N events per key in any window, with the exact wait until the next one is allowed. */
class SlidingWindowLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(15), 1000);

    @Test
    void theLimitBlocksUntilTheOldestCountedEventLeavesTheWindow() {
        limiter.record("ada", T0);
        limiter.record("ada", T0.plusSeconds(60));
        assertThat(limiter.blockedFor("ada", T0.plusSeconds(61))).as("two of three").isEmpty();
        limiter.record("ada", T0.plusSeconds(120));

        assertThat(limiter.blockedFor("ada", T0.plusSeconds(180))).hasValue(Duration.ofMinutes(15).minusSeconds(180));
        assertThat(limiter.blockedFor("ada", T0.plus(Duration.ofMinutes(15)))).as("the first left the window").isEmpty();
    }

    @Test
    void theWindowSlidesSoNoBurstFitsAcrossABucketEdge() {
        for (int i = 0; i < 3; i++) {
            limiter.record("ada", T0.plus(Duration.ofMinutes(14)).plusSeconds(i));
        }

        assertThat(limiter.blockedFor("ada", T0.plus(Duration.ofMinutes(16)))).isPresent();
    }

    @Test
    void keysAreCountedApartAndResetForgetsOne() {
        for (int i = 0; i < 3; i++) {
            limiter.record("ada", T0);
        }

        assertThat(limiter.blockedFor("grace", T0)).isEmpty();
        limiter.reset("ada");
        assertThat(limiter.blockedFor("ada", T0)).isEmpty();
    }

    @Test
    void memoryStaysBoundedWhateverKeysAttackersInvent() {
        var small = new SlidingWindowLimiter(3, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 10_000; i++) {
            small.record("key-" + i, T0.plusSeconds(i));
        }

        assertThat(small.trackedKeys()).isLessThanOrEqualTo(100);
    }
}
