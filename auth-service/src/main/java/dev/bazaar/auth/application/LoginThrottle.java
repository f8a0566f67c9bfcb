package dev.bazaar.auth.application;

import dev.bazaar.auth.domain.login.SlidingWindowLimiter;
import dev.bazaar.platform.error.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: failed logins are counted per account (email) and per client
 * address in a sliding window; once either reaches its limit, further attempts for that key are
 * refused with RATE_LIMITED and a retry delay, before the password is even checked, so a blocked
 * attacker learns nothing more. A successful login clears its account's count.
 *
 * <p>The counts live in this instance's memory: with N instances an attacker gets up to N times
 * the limit, and a restart forgets them. Good enough against online guessing at this scale; a
 * shared store (the database, Redis) is the step after.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final SlidingWindowLimiter perAccount;
    private final SlidingWindowLimiter perAddress;
    private final Clock clock;

    @Inject
    public LoginThrottle(@ConfigProperty(name = "bazaar.auth.login.max-failures-per-account", defaultValue = "5") int perAccount,
                         @ConfigProperty(name = "bazaar.auth.login.max-failures-per-address", defaultValue = "20") int perAddress,
                         @ConfigProperty(name = "bazaar.auth.login.failure-window", defaultValue = "PT15M") Duration window,
                         Clock clock) {
        this.perAccount = new SlidingWindowLimiter(perAccount, window, MAX_TRACKED_KEYS);
        this.perAddress = new SlidingWindowLimiter(perAddress, window, MAX_TRACKED_KEYS);
        this.clock = clock;
    }

    /** @throws ApplicationException RATE_LIMITED when the account or the address has failed too often */
    public void checkAllowed(String email, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = perAccount.blockedFor(accountKey(email), now);
        if (hasAddress(clientAddress)) {
            Optional<Duration> addressWait = perAddress.blockedFor(clientAddress, now);
            if (addressWait.isPresent() && (wait.isEmpty() || addressWait.get().compareTo(wait.get()) > 0)) {
                wait = addressWait;
            }
        }
        if (wait.isPresent()) {
            throw ApplicationException.rateLimited("rate-limited",
                    "Too many failed logins; try again later.", wait.get());
        }
    }

    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        perAccount.record(accountKey(email), now);
        if (hasAddress(clientAddress)) {
            perAddress.record(clientAddress, now);
        }
    }

    public void succeeded(String email) {
        perAccount.reset(accountKey(email));
    }

    private static String accountKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean hasAddress(String clientAddress) {
        return clientAddress != null && !clientAddress.isBlank();
    }
}
