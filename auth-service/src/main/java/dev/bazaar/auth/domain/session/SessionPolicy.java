package dev.bazaar.auth.domain.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a login lasts. Each refresh token lives {@code refreshTokenLifetime} (an idle session
 * ends when its newest token expires), and no session outlives {@code maxLifetime} from its login,
 * however often it is refreshed: then the user signs in again.
 */
public record SessionPolicy(Duration refreshTokenLifetime, Duration maxLifetime) {

    public SessionPolicy {
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (refreshTokenLifetime.isNegative() || refreshTokenLifetime.isZero()
                || maxLifetime.compareTo(refreshTokenLifetime) < 0) {
            throw new IllegalArgumentException("need 0 < refresh token lifetime <= session max lifetime, got "
                    + refreshTokenLifetime + " and " + maxLifetime);
        }
    }
}
