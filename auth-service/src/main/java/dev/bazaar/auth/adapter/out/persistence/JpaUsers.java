package dev.bazaar.auth.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.auth.application.RegisterUser;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.DisplayName;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.PasswordHash;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Users in auth's own schema, through JPA. */
@ApplicationScoped
public class JpaUsers implements Users {

    private final ServiceDatabase database;

    @Inject
    public JpaUsers(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(database.entityManager().find(UserEntity.class, id.toString())).map(JpaUsers::toDomain);
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return database.entityManager().createQuery("SELECT u FROM UserEntity u WHERE u.email = :email", UserEntity.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst()
                .map(JpaUsers::toDomain);
    }

    @Override
    public void add(User user) {
        UserEntity entity = new UserEntity();
        entity.id = user.id().toString();
        entity.email = user.email().value();
        entity.displayName = user.displayName().value();
        entity.roles = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        entity.passwordHash = user.passwordHash().encoded();
        entity.createdAt = user.createdAt();
        entity.deactivatedAt = user.deactivatedAt();
        try {
            database.entityManager().persist(entity);
            // Flush now: a concurrent registration of the same email fails here, as a clear error.
            database.entityManager().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw RegisterUser.emailTaken();
            }
            throw e;
        }
    }

    @Override
    public void update(User user) {
        UserEntity entity = database.entityManager().find(UserEntity.class, user.id().toString());
        if (entity == null) {
            throw new IllegalStateException("user " + user.id() + " is not stored");
        }
        entity.deactivatedAt = user.deactivatedAt();
    }

    @Override
    public List<User> page(Position after, Role role, int limit) {
        String jpql = "SELECT u FROM UserEntity u WHERE 1 = 1"
                + (after == null ? "" : " AND (u.createdAt > :at OR (u.createdAt = :at AND u.id > :id))")
                + (role == null ? "" : " AND :role MEMBER OF u.roles")
                + " ORDER BY u.createdAt, u.id";
        var query = database.entityManager().createQuery(jpql, UserEntity.class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id().toString());
        }
        if (role != null) {
            query.setParameter("role", role.name());
        }
        return query.getResultList().stream().map(JpaUsers::toDomain).toList();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static User toDomain(UserEntity entity) {
        return new User(new UserId(UUID.fromString(entity.id)), EmailAddress.of(entity.email),
                DisplayName.of(entity.displayName),
                entity.roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                new PasswordHash(entity.passwordHash), entity.createdAt, entity.deactivatedAt);
    }
}
