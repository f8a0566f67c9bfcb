package dev.bazaar.order.application;

import dev.bazaar.order.application.port.out.Orders;
import dev.bazaar.order.domain.order.Order;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.order.domain.order.OrderStatus;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Use case: a customer lists their orders, newest first, a page at a time; an admin or another
 * service may list anyone's. The cursor is the position after the page's last order together with
 * the filters it was issued for, so it cannot be reused with others.
 */
@ApplicationScoped
public class ListOrders {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String VERSION = "o1";

    /** {@code customerId} null or empty: the caller's own (everyone's for an admin or a service). */
    public record Query(int limit, String cursor, String customerId, Set<OrderStatus> statuses) {
    }

    /** {@code nextCursor} null on the last page. */
    public record Page(List<Order> items, String nextCursor) {
    }

    private final Orders orders;

    @Inject
    public ListOrders(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Page list(Caller caller, Query query) {
        caller.requireSignedIn();
        boolean mayListAnyone = caller.isAdmin() || caller.isInternal();
        var violations = new Violations();
        if (query.limit() < 0 || query.limit() > MAX_LIMIT) {
            violations.add("page.limit", "must be between 0 (the default, " + DEFAULT_LIMIT + ") and " + MAX_LIMIT);
        }
        String customerId = null;
        if (query.customerId() != null && !query.customerId().isEmpty()) {
            try {
                customerId = UUID.fromString(query.customerId()).toString();
            } catch (IllegalArgumentException e) {
                violations.add("customer_id", "must be a UUID");
            }
        }
        Set<OrderStatus> statuses = query.statuses() == null ? Set.of() : Set.copyOf(query.statuses());
        violations.throwIfAny();
        if (customerId == null && !mayListAnyone) {
            customerId = caller.userId();
        }
        if (customerId != null && !caller.is(customerId) && !mayListAnyone) {
            throw ApplicationException.permissionDenied("not-owner", "Only an admin may list another customer's orders.");
        }
        String filters = (customerId == null ? "*" : customerId) + "," + String.join("+", new TreeSet<>(
                statuses.stream().map(Enum::name).toList()));
        Orders.Position after = decode(query.cursor(), filters);

        int limit = query.limit() == 0 ? DEFAULT_LIMIT : query.limit();
        List<Order> found = orders.page(after, customerId, statuses, limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<Order> page = List.copyOf(found.subList(0, limit));
        return new Page(page, encode(page.getLast(), filters));
    }

    static String encode(Order last, String filters) {
        String position = String.join("|", VERSION, last.createdAt().toString(), last.id().toString(), filters);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static Orders.Position decode(String cursor, String filters) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not ours");
            }
            if (!parts[3].equals(filters)) {
                throw ApplicationException.invalid("page.cursor", "was issued for other filters");
            }
            return new Orders.Position(Instant.parse(parts[1]), new OrderId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApplicationException.invalid("page.cursor", "is not a cursor of this list");
        }
    }
}
