package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.PasswordHasher;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.DisplayName;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.Password;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserRegistered;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Use case: someone signs up. Every invalid field is reported at once; an email is taken
 * case-insensitively; the account and its {@code UserRegistered} event are stored in one
 * transaction.
 */
@ApplicationScoped
public class RegisterUser {

    /** What the caller asks for; {@code role} is null when the caller sent none or an unknown one. */
    public record Command(String email, String password, String displayName, Role role) {
        @Override
        public String toString() {
            return "Command[email=" + email + ", displayName=" + displayName + ", role=" + role + "]";
        }
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public RegisterUser(Users users, PasswordHasher hasher, Outbox outbox, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public User register(Command command) {
        var violations = new Violations();
        EmailAddress email = violations.check(() -> EmailAddress.of(command.email()));
        DisplayName displayName = violations.check(() -> DisplayName.of(command.displayName()));
        Password password = violations.check(() -> Password.of(command.password(), email));
        if (command.role() == null || !command.role().isSelfRegistrable()) {
            violations.add("role", "must be customer or seller");
        }
        violations.throwIfAny();

        if (users.byEmail(email).isPresent()) {
            throw emailTaken();
        }
        User.Registration registration = User.register(email, displayName, command.role(), hasher.hash(password),
                clock.instant());
        users.add(registration.user());
        UserRegistered event = registration.event();
        outbox.record(OutboxEvent.of("user", event.userId(), UserRegistered.TYPE, event));
        return registration.user();
    }

    public static ApplicationException emailTaken() {
        return ApplicationException.alreadyExists("duplicate", "An account with this email address exists already.");
    }
}
