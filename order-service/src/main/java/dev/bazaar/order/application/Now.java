package dev.bazaar.order.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, to the microsecond the database keeps: what a change returns is what a read returns later. */
final class Now {

    private Now() {
    }

    static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
