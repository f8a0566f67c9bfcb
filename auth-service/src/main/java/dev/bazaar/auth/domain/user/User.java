package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A user account: who may sign in, with which roles. Credentials stay inside it. */
public final class User {

    private final UserId id;
    private final EmailAddress email;
    private final DisplayName displayName;
    private final Set<Role> roles;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private Instant deactivatedAt;

    public User(UserId id, EmailAddress email, DisplayName displayName, Set<Role> roles, PasswordHash passwordHash,
                Instant createdAt, Instant deactivatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        this.roles = Set.copyOf(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.deactivatedAt = deactivatedAt;
    }

    /** A new account of one self-registrable role; returns it with the event to publish. */
    public static Registration register(EmailAddress email, DisplayName displayName, Role role, PasswordHash hash,
                                        Instant now) {
        if (!role.isSelfRegistrable()) {
            throw ApplicationException.invalid("role", "must be customer or seller");
        }
        User user = new User(UserId.random(), email, displayName, EnumSet.of(role), hash, now, null);
        return new Registration(user, new UserRegistered(user.id.toString(), email.value(), displayName.value(),
                user.roles.stream().map(Role::claim).sorted().toList(), now));
    }

    /**
     * The first administrator, from the deployment's configuration: granted, never self-registered.
     * Announced like any registration, with the role {@code admin}.
     */
    public static Registration bootstrapAdmin(EmailAddress email, DisplayName displayName, PasswordHash hash,
                                              Instant now) {
        User user = new User(UserId.random(), email, displayName, EnumSet.of(Role.ADMIN), hash, now, null);
        return new Registration(user, new UserRegistered(user.id.toString(), email.value(), displayName.value(),
                List.of(Role.ADMIN.claim()), now));
    }

    public record Registration(User user, UserRegistered event) {
    }

    /**
     * Deactivates the account: from now on it cannot log in. Deactivation is final here; a second
     * one is an illegal transition, not a silent no-op.
     *
     * @param by who did it: an admin, or the user themself
     */
    public UserDeactivated deactivate(UserId by, DeactivationReason reason, Instant now) {
        if (!isActive()) {
            throw ApplicationException.conflict("illegal-transition", "The account is deactivated already.");
        }
        deactivatedAt = now;
        return new UserDeactivated(id.toString(), reason.value(), by.toString(), now);
    }

    /** The role names as tokens and events carry them, sorted. */
    public List<String> roleClaims() {
        return roles.stream().map(Role::claim).sorted().toList();
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public DisplayName displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }
}
