package dev.bazaar.auth.application;

import dev.bazaar.auth.domain.user.DeactivationReason;
import dev.bazaar.auth.domain.user.DisplayName;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.Password;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.platform.error.ApplicationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Logging in: one answer and one Argon2 verification whether or not the email exists, failures
 * counted per account and address, a blocked account not even checked, deactivation told only to
 * whoever knows the password.
 */
class LogInTest {

    private static final String PASSWORD = "correct horse battery";

    private final Fakes.MovableClock clock = new Fakes.MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final Fakes.CountingHasher hasher = new Fakes.CountingHasher();
    private final Fakes.InMemoryUsers users = new Fakes.InMemoryUsers();
    private final LoginThrottle throttle = new LoginThrottle(new Fakes.InMemoryLoginFailures(), 2, 10,
            Duration.ofMinutes(15), clock);
    private final TokenPair issued = new TokenPair("access", "refresh", Duration.ofMinutes(15), Duration.ofDays(14));
    private final LogIn logIn = new LogIn(users, hasher, throttle, new IssueTokens(null, null, null, null, clock) {
        @Override
        public TokenPair startSession(User user) {
            return issued;
        }
    });
    private final User ada = register("ada@example.org");

    @Test
    void theRightPasswordStartsASessionWhateverTheEmailsCase() {
        assertThat(logIn.logIn(new LogIn.Command("ADA@example.org", PASSWORD, "192.0.2.1"))).isSameAs(issued);
    }

    @Test
    void anUnknownEmailIsVerifiedAgainstADummyHashAndAnsweredLikeAWrongPassword() {
        hasher.verifiedAgainst.clear();
        ApplicationException unknown = attempt("nobody@example.org", PASSWORD, "192.0.2.1");
        ApplicationException wrong = attempt("ada@example.org", "wrong password!", "192.0.2.2");

        assertThat(hasher.verifiedAgainst).as("one verification each").hasSize(2);
        assertThat(hasher.verifiedAgainst.getFirst()).isNotEqualTo(ada.passwordHash());
        assertThat(unknown.code()).isEqualTo(wrong.code()).isEqualTo("invalid-credentials");
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(attempt("not an email", PASSWORD, "192.0.2.3").code()).isEqualTo("invalid-credentials");
    }

    @Test
    void afterTooManyFailuresTheAccountIsRefusedBeforeThePasswordIsChecked() {
        attempt("ada@example.org", "wrong password!", "192.0.2.1");
        attempt("ada@example.org", "wrong password!", "192.0.2.2");
        int verifications = hasher.verifiedAgainst.size();

        ApplicationException limited = attempt("ada@example.org", PASSWORD, "192.0.2.3");

        assertThat(limited.code()).isEqualTo("rate-limited");
        assertThat(limited.retryAfter()).hasValue(Duration.ofMinutes(15));
        assertThat(hasher.verifiedAgainst).hasSize(verifications);
        clock.advance(Duration.ofMinutes(15));
        assertThat(logIn.logIn(new LogIn.Command("ada@example.org", PASSWORD, "192.0.2.3"))).isSameAs(issued);
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        attempt("ada@example.org", "wrong password!", "192.0.2.1");
        logIn.logIn(new LogIn.Command("ada@example.org", PASSWORD, "192.0.2.1"));
        attempt("ada@example.org", "wrong password!", "192.0.2.1");

        assertThat(logIn.logIn(new LogIn.Command("ada@example.org", PASSWORD, "192.0.2.1"))).isSameAs(issued);
    }

    @Test
    void aDeactivatedAccountIsToldOnlyToWhoeverKnowsThePassword() {
        ada.deactivate(ada.id(), DeactivationReason.of("Leaving"), clock.instant());

        assertThat(attempt("ada@example.org", "wrong password!", "192.0.2.1").code()).isEqualTo("invalid-credentials");
        assertThat(attempt("ada@example.org", PASSWORD, "192.0.2.1").code()).isEqualTo("account-deactivated");
    }

    @Test
    void emptyFieldsAreNamed() {
        assertThat(attempt("", "", null).violations()).extracting(v -> v.field()).containsExactly("email", "password");
    }

    private ApplicationException attempt(String email, String password, String address) {
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(ApplicationException.class,
                () -> logIn.logIn(new LogIn.Command(email, password, address)));
        assertThat(thrown).isNotNull();
        return thrown;
    }

    private User register(String email) {
        EmailAddress address = EmailAddress.of(email);
        User user = User.register(address, DisplayName.of("Ada"), Role.CUSTOMER, hasher.hash(Password.of(PASSWORD, address)),
                clock.instant()).user();
        users.add(user);
        return user;
    }
}
