package dev.bazaar.store.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.user.UserCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code user_copies} table, through the persistence context of the current transaction. */
@ApplicationScoped
public class JpaUserCopies implements UserCopies {

    private final ServiceDatabase database;

    @Inject
    public JpaUserCopies(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<UserCopy> byId(String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = database.entityManager().createNativeQuery(
                        "SELECT user_id, display_name, roles, active, updated_at FROM user_copies WHERE user_id = ?1 FOR UPDATE")
                .setParameter(1, userId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new UserCopy((String) row[0], (String) row[1],
                roles((String) row[2]), (Boolean) row[3], toInstant(row[4])));
    }

    @Override
    public void save(UserCopy copy) {
        database.entityManager().createNativeQuery("""
                        INSERT INTO user_copies (user_id, display_name, roles, active, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), roles = VALUES(roles),
                                                active = VALUES(active), updated_at = VALUES(updated_at)""")
                .setParameter(1, copy.userId())
                .setParameter(2, copy.displayName())
                .setParameter(3, String.join(",", copy.roles().stream().sorted().toList()))
                .setParameter(4, copy.active())
                .setParameter(5, Timestamp.from(copy.asOf()))
                .executeUpdate();
    }

    private static Set<String> roles(String joined) {
        return Arrays.stream(joined.split(",")).filter(role -> !role.isBlank()).collect(Collectors.toSet());
    }

    private static java.time.Instant toInstant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (java.time.Instant) value;
    }
}
