package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Use case: an admin lists users, oldest first (registration time, then id), a page at a time.
 * The cursor is the position after the page's last user (keyset paging: stable while users are
 * added) together with the role filter it was issued for, so it cannot be reused with another.
 */
@ApplicationScoped
public class ListUsers {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String VERSION = "u1";

    /** {@code role} null for every role; {@code cursor} null or empty for the first page. */
    public record Query(int limit, String cursor, Role role) {
    }

    /** {@code nextCursor} null on the last page. */
    public record Page(List<User> items, String nextCursor) {
    }

    private final Users users;

    @Inject
    public ListUsers(Users users) {
        this.users = users;
    }

    public Page list(Caller caller, Query query) {
        caller.requireAnyRole(Caller.ADMIN);
        var violations = new Violations();
        if (query.limit() < 0 || query.limit() > MAX_LIMIT) {
            violations.add("page.limit", "must be between 0 (the default, " + DEFAULT_LIMIT + ") and " + MAX_LIMIT);
        }
        Users.Position after = violations.check(() -> decode(query.cursor(), query.role()));
        violations.throwIfAny();

        int limit = query.limit() == 0 ? DEFAULT_LIMIT : query.limit();
        List<User> found = users.page(after, query.role(), limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<User> page = found.subList(0, limit);
        return new Page(List.copyOf(page), encode(page.getLast(), query.role()));
    }

    static String encode(User last, Role role) {
        String position = String.join("|", VERSION, last.createdAt().toString(), last.id().toString(), roleName(role));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static Users.Position decode(String cursor, Role role) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not ours");
            }
            if (!parts[3].equals(roleName(role))) {
                throw ApplicationException.invalid("page.cursor", "was issued for another role filter");
            }
            return new Users.Position(Instant.parse(parts[1]), new UserId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApplicationException.invalid("page.cursor", "is not a cursor of this list");
        }
    }

    private static String roleName(Role role) {
        return role == null ? "*" : role.name();
    }
}
