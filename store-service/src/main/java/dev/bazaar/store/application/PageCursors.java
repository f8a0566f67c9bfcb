package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset paging as bazaar.common.v1.PageRequest describes it: a page size (0 for the default, at
 * most {@link #MAX_LIMIT}) and an opaque cursor that holds the position after a page's last item
 * (its creation time and id) together with the filters it was issued for, so it cannot be reused
 * with others, and a tag of the list that issued it.
 */
final class PageCursors {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** A decoded cursor: the last item of the previous page. */
    record Position(Instant createdAt, UUID id) {
    }

    private PageCursors() {
    }

    /** The page size to use; an out-of-range one is a violation of {@code page.limit}. */
    static int limit(int requested, Violations violations) {
        if (requested < 0 || requested > MAX_LIMIT) {
            violations.add("page.limit", "must be between 0 (the default, " + DEFAULT_LIMIT + ") and " + MAX_LIMIT);
        }
        return requested == 0 ? DEFAULT_LIMIT : requested;
    }

    static String encode(String list, Instant createdAt, UUID id, String filters) {
        String position = String.join("|", list, createdAt.toString(), id.toString(), filters);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return null for an empty cursor (the first page)
     * @throws ApplicationException INVALID_ARGUMENT (page.cursor) for a cursor of another list, of
     *                              other filters, or none at all
     */
    static Position decode(String cursor, String list, String filters) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !list.equals(parts[0])) {
                throw new IllegalArgumentException("not ours");
            }
            if (!parts[3].equals(filters)) {
                throw ApplicationException.invalid("page.cursor", "was issued for other filters");
            }
            return new Position(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApplicationException.invalid("page.cursor", "is not a cursor of this list");
        }
    }
}
