package dev.bazaar.auth.domain.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code limit} failed logins per key within any {@code window} (a sliding log: unlike
 * fixed buckets, no burst of twice the limit across a bucket edge). Given a key's most recent
 * failures, it says how long the key must wait before its next attempt.
 */
public record FailureWindow(int limit, Duration window) {

    public FailureWindow {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
    }

    /** Failures at or before this instant no longer count at {@code now}. */
    public Instant start(Instant now) {
        return now.minus(window);
    }

    /**
     * @param recentNewestFirst the key's failures after {@link #start}, newest first, at most
     *                          {@code limit} of them
     * @return how long to wait; empty when an attempt is allowed now
     */
    public Optional<Duration> blockedFor(List<Instant> recentNewestFirst, Instant now) {
        List<Instant> counted = recentNewestFirst.stream().filter(at -> at.isAfter(start(now))).limit(limit).toList();
        if (counted.size() < limit) {
            return Optional.empty();
        }
        // The oldest counted failure leaves the window at oldest + window.
        return Optional.of(Duration.between(now, counted.getLast().plus(window)));
    }
}
