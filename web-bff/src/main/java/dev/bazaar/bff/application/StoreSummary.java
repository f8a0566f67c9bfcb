package dev.bazaar.bff.application;

import java.time.Instant;

/**
 * A store as the shop's clients see it.
 *
 * @param status {@code OPEN} or {@code CLOSED}
 */
public record StoreSummary(String id, String ownerId, String name, String description, String status,
                           Instant createdAt, Instant updatedAt) {
}
