package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.LoginFailures;
import dev.bazaar.auth.domain.login.FailureWindow;
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
 * <p>The counts live in the database ({@link LoginFailures}), so every replica enforces the same
 * limits and a restart forgets nothing. Old failures are deleted by {@link #forgetExpired()}.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginFailures failures;
    private final FailureWindow perAccount;
    private final FailureWindow perAddress;
    private final Clock clock;

    @Inject
    public LoginThrottle(LoginFailures failures,
                         @ConfigProperty(name = "bazaar.auth.login.max-failures-per-account", defaultValue = "5") int perAccount,
                         @ConfigProperty(name = "bazaar.auth.login.max-failures-per-address", defaultValue = "20") int perAddress,
                         @ConfigProperty(name = "bazaar.auth.login.failure-window", defaultValue = "PT15M") Duration window,
                         Clock clock) {
        this.failures = failures;
        this.perAccount = new FailureWindow(perAccount, window);
        this.perAddress = new FailureWindow(perAddress, window);
        this.clock = clock;
    }

    /** @throws ApplicationException RATE_LIMITED when the account or the address has failed too often */
    public void checkAllowed(String email, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = blockedFor(perAccount, accountKey(email), now);
        if (hasAddress(clientAddress)) {
            Optional<Duration> addressWait = blockedFor(perAddress, addressKey(clientAddress), now);
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
        failures.record(accountKey(email), now);
        if (hasAddress(clientAddress)) {
            failures.record(addressKey(clientAddress), now);
        }
    }

    public void succeeded(String email) {
        failures.clear(accountKey(email));
    }

    /** Deletes the failures that no window counts any more; returns how many. */
    public int forgetExpired() {
        Instant now = clock.instant();
        Instant oldestCounted = perAccount.start(now).isBefore(perAddress.start(now)) ? perAccount.start(now)
                : perAddress.start(now);
        return failures.forgetUpTo(oldestCounted);
    }

    private Optional<Duration> blockedFor(FailureWindow window, String key, Instant now) {
        return window.blockedFor(failures.recent(key, window.start(now), window.limit()), now);
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress.trim();
    }

    private static boolean hasAddress(String clientAddress) {
        return clientAddress != null && !clientAddress.isBlank();
    }
}
