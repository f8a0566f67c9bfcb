package dev.bazaar.store.application;

import dev.bazaar.platform.error.Violations;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Use case: anyone lists stores, oldest first (creation time, then id), a page at a time. The
 * cursor is the position after the page's last store (keyset paging) together with the filters it
 * was issued for, so it cannot be reused with others.
 */
@ApplicationScoped
public class ListStores {

    private static final String LIST = "s1";

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
        int limit = PageCursors.limit(query.limit(), violations);
        String ownerId = query.ownerId() == null || query.ownerId().isEmpty() ? null
                : violations.check(() -> StoreId.of(query.ownerId(), "owner_id").toString());
        String filters = (ownerId == null ? "*" : ownerId) + "," + query.includeClosed();
        PageCursors.Position after = violations.check(() -> PageCursors.decode(query.cursor(), LIST, filters));
        violations.throwIfAny();

        List<Store> found = stores.page(after == null ? null : new Stores.Position(after.createdAt(), new StoreId(after.id())),
                ownerId, query.includeClosed(), limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        Store last = found.get(limit - 1);
        return new Page(List.copyOf(found.subList(0, limit)),
                PageCursors.encode(LIST, last.createdAt(), last.id().value(), filters));
    }
}
