package dev.bazaar.store.application;

import dev.bazaar.platform.error.Violations;
import dev.bazaar.store.domain.product.ProductId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of a batch read (BatchGetProducts, BatchGetStock): 1 to {@link #MAX} UUIDs, duplicates
 * answered once, results in the order asked, unknown ids reported apart.
 */
record IdBatch(List<ProductId> ids) {

    static final int MAX = 100;

    /** @param field the request's field, for the violations ({@code ids}, {@code product_ids}) */
    static IdBatch of(List<String> raw, String field) {
        var violations = new Violations();
        if (raw.isEmpty() || raw.size() > MAX) {
            violations.add(field, "must hold 1 to " + MAX + " ids");
        }
        Set<ProductId> ids = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String indexed = field + "[" + i + "]";
            String value = raw.get(i);
            ProductId id = violations.check(() -> ProductId.of(value, indexed));
            if (id != null) {
                ids.add(id);
            }
        }
        violations.throwIfAny();
        return new IdBatch(List.copyOf(ids));
    }

    /** What was found, in the order asked for, and the ids that were not. */
    record Found<T>(List<T> items, List<String> missingIds) {
    }

    <T> Found<T> arrange(Map<ProductId, T> found) {
        List<T> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ProductId id : ids) {
            T item = found.get(id);
            if (item == null) {
                missing.add(id.toString());
            } else {
                items.add(item);
            }
        }
        return new Found<>(List.copyOf(items), List.copyOf(missing));
    }
}
