package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.PasswordHasher;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.Password;
import dev.bazaar.auth.domain.user.PasswordHash;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: someone logs in with email and password and gets a new session. "No such user" and
 * "wrong password" are the same answer and take the same time: an unknown email is checked against
 * a dummy hash made with the same parameters. Failures count towards the {@link LoginThrottle}.
 * A deactivated account is told apart only after the right password.
 */
@ApplicationScoped
public class LogIn {

    private static final Logger LOG = Logger.getLogger(LogIn.class.getName());

    /** What the caller sends; {@code clientAddress} may be empty. */
    public record Command(String email, String password, String clientAddress) {
        @Override
        public String toString() {
            return "Command[email=" + email + ", clientAddress=" + clientAddress + "]";
        }
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final IssueTokens issueTokens;
    private final PasswordHash dummyHash;

    @Inject
    public LogIn(Users users, PasswordHasher hasher, LoginThrottle throttle, IssueTokens issueTokens) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.issueTokens = issueTokens;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hasher.hash(Password.of(Base64.getEncoder().encodeToString(random), null));
    }

    public TokenPair logIn(Command command) {
        var violations = new Violations();
        if (command.email() == null || command.email().isBlank()) {
            violations.add("email", "must not be empty");
        }
        if (command.password() == null || command.password().isEmpty()) {
            violations.add("password", "must not be empty");
        }
        violations.throwIfAny();

        throttle.checkAllowed(command.email(), command.clientAddress());
        Optional<User> user = findUser(command.email());
        // Always one Argon2 verification, whether or not the user exists.
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches) {
            throttle.failed(command.email(), command.clientAddress());
            LOG.info(() -> "Login failed: invalid credentials" + from(command));
            throw ApplicationException.unauthenticated("invalid-credentials", "The email or the password is wrong.");
        }
        throttle.succeeded(command.email());
        if (!user.get().isActive()) {
            LOG.info(() -> "Login refused: account " + user.get().id() + " is deactivated" + from(command));
            throw ApplicationException.permissionDenied("account-deactivated", "This account has been deactivated.");
        }
        TokenPair tokens = issueTokens.startSession(user.get());
        LOG.info(() -> "Login of user " + user.get().id() + from(command));
        return tokens;
    }

    private Optional<User> findUser(String rawEmail) {
        try {
            return users.byEmail(EmailAddress.of(rawEmail));
        } catch (ApplicationException notAnEmail) {
            return Optional.empty(); // nobody can have it: the same answer as for an unknown email
        }
    }

    private static String from(Command command) {
        return command.clientAddress() == null || command.clientAddress().isBlank() ? ""
                : " from " + command.clientAddress();
    }
}
