package dev.bazaar.auth.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed logins per throttling key (an account or a client address), shared by every replica of
 * auth-service so that the limits hold however many run. Each call is its own transaction: a
 * failure stays counted although the login that recorded it fails.
 */
public interface LoginFailures {

    void record(String key, Instant at);

    /** The key's failures after {@code since}, newest first, at most {@code limit}. */
    List<Instant> recent(String key, Instant since, int limit);

    void clear(String key);

    /** Deletes failures at or before {@code cutoff} (they count no more); returns how many. */
    int forgetUpTo(Instant cutoff);
}
