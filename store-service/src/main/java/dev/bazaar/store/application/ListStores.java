package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Use case: anyone lists stores, oldest first (creation time, then id), a page at a time. The
 * cursor is the position after the page's last store (keyset paging) together with the filters it
 * was issued for, so it cannot be reused with others.
 */
@ApplicationScoped
public class ListStores {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String VERSION = "s1";

    /** {@code ownerId} null or empty for every owner; {@code cursor} null or empty for the first page. */
    public record Query(int limit, String cursor, String ownerId, boolean includeClosed) {
    }

    /** {@code nextCursor} null on the last page. */
    public record Page(List<Store> items, String nextCursor) {
    }

    private final Stores stores;

    @Inject
    public ListStores(Stores stores) {
        this.stores = stores;
    }

    @Transactional
    public Page list(Query query) {
        var violations = new Violations();
        if (query.limit() < 0 || query.limit() > MAX_LIMIT) {
            violations.add("page.limit", "must be between 0 (the default, " + DEFAULT_LIMIT + ") and " + MAX_LIMIT);
        }
        String ownerId = query.ownerId() == null || query.ownerId().isEmpty() ? null
                : violations.check(() -> StoreId.of(query.ownerId(), "owner_id").toString());
        String filters = (ownerId == null ? "*" : ownerId) + "," + query.includeClosed();
        Stores.Position after = violations.check(() -> decode(query.cursor(), filters));
        violations.throwIfAny();

        int limit = query.limit() == 0 ? DEFAULT_LIMIT : query.limit();
        List<Store> found = stores.page(after, ownerId, query.includeClosed(), limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<Store> page = found.subList(0, limit);
        return new Page(List.copyOf(page), encode(page.getLast(), filters));
    }

    static String encode(Store last, String filters) {
        String position = String.join("|", VERSION, last.createdAt().toString(), last.id().toString(), filters);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static Stores.Position decode(String cursor, String filters) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not ours");
            }
            if (!parts[3].equals(filters)) {
                throw ApplicationException.invalid("page.cursor", "was issued for other filters");
            }
            return new Stores.Position(Instant.parse(parts[1]), new StoreId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApplicationException.invalid("page.cursor", "is not a cursor of this list");
        }
    }
}
