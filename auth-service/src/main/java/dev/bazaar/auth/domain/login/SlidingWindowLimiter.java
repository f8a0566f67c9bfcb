package dev.bazaar.auth.domain.login;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within any {@code window} (a sliding log: unlike fixed
 * buckets, no burst of twice the limit across a bucket edge). Keeps the last {@code limit} event
 * times per key only, and forgets idle keys once it tracks more than {@code maxKeys}, so memory stays
 * bounded whatever keys attackers invent.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(int limit, Duration window, int maxKeys) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("limit, window and maxKeys must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} must wait before its next event is allowed; empty when it is allowed now. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The oldest counted event leaves the window at oldest + window.
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void record(String key, Instant now) {
        if (events.size() >= maxKeys) {
            forgetIdleKeys(now);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>(limit));
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    public void reset(String key) {
        events.remove(key);
    }

    /** How many keys are tracked now (for tests and metrics). */
    public int trackedKeys() {
        return events.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant windowStart = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.removeFirst();
        }
    }

    private void forgetIdleKeys(Instant now) {
        Instant windowStart = now.minus(window);
        events.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(windowStart);
            }
        });
        if (events.size() >= maxKeys) {
            // Still full of active keys: an attack across many keys. Forgetting is the lesser evil
            // than unbounded memory; the other limiter (per address or per account) still holds.
            events.clear();
        }
    }
}
