package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.EnumSet;
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

    public record Registration(User user, UserRegistered event) {
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
