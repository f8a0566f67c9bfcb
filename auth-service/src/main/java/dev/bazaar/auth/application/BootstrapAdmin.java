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
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case, at start: the first administrator, from configuration ({@code bazaar.auth.admin.email}
 * and {@code bazaar.auth.admin.password}, from the environment or a secret; there is no default
 * password). Created when no account has that email; an existing account is left as it is (never
 * silently promoted). Without the settings there is no admin, and the log says how to get one.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    private final Users users;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final Clock clock;
    private final Optional<String> email;
    private final Optional<String> password;
    private final String displayName;
    @Inject
    BootstrapAdmin self;

    @Inject
    public BootstrapAdmin(Users users, PasswordHasher hasher, Outbox outbox, Clock clock,
                          @ConfigProperty(name = "bazaar.auth.admin.email") Optional<String> email,
                          @ConfigProperty(name = "bazaar.auth.admin.password") Optional<String> password,
                          @ConfigProperty(name = "bazaar.auth.admin.display-name", defaultValue = "Administrator") String displayName) {
        this.users = users;
        this.hasher = hasher;
        this.outbox = outbox;
        this.clock = clock;
        this.email = email.filter(value -> !value.isBlank());
        this.password = password.filter(value -> !value.isEmpty());
        this.displayName = displayName;
    }

    /** Creates the configured admin when absent; runs at start ({@link StartUp}). */
    public void createIfConfigured() {
        if (email.isEmpty() || password.isEmpty()) {
            LOG.info("No first admin configured (set BAZAAR_AUTH_ADMIN_EMAIL and BAZAAR_AUTH_ADMIN_PASSWORD to create one)");
            return;
        }
        try {
            self.ensureAdmin(email.orElseThrow(), password.orElseThrow());
        } catch (ApplicationException e) {
            if (e.kind() == ErrorKind.ALREADY_EXISTS) {
                return; // another instance created it at the same moment
            }
            // The message names the failing setting (policy), never the password itself.
            throw new IllegalStateException("The configured first admin is not valid: " + e.violations(), e);
        }
    }

    /** Through the CDI proxy ({@code self}): its transaction must begin here, not at the caller. */
    @Transactional
    public void ensureAdmin(String rawEmail, String rawPassword) {
        EmailAddress address = EmailAddress.of(rawEmail);
        Optional<User> existing = users.byEmail(address);
        if (existing.isPresent()) {
            if (!existing.get().roles().contains(Role.ADMIN)) {
                LOG.warning(() -> "The configured admin email belongs to account " + existing.get().id()
                        + ", which is no admin; it is left unchanged");
            }
            return;
        }
        Password secret = Password.of(rawPassword, address);
        User.Registration registration = User.bootstrapAdmin(address, DisplayName.of(displayName), hasher.hash(secret),
                clock.instant());
        users.add(registration.user());
        UserRegistered event = registration.event();
        outbox.record(OutboxEvent.of("user", event.userId(), UserRegistered.TYPE, event));
        LOG.info(() -> "First admin created: user " + registration.user().id());
    }
}
