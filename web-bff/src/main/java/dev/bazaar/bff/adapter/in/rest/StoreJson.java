package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.StoreSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The JSON bodies of the store endpoints (JSON-B records, camelCase). */
public final class StoreJson {

    private StoreJson() {
    }

    @Schema(name = "OpenStoreRequest", description = "A new store, owned by the caller")
    public record OpenStoreRequest(
            @Schema(required = true, minLength = 1, maxLength = 100, description = "Shown name, unique among your open stores") String name,
            @Schema(maxLength = 2000, description = "Shown description (may be empty)") String description) {

        static final OpenStoreRequest EMPTY = new OpenStoreRequest(null, null);
    }

    @Schema(name = "Store", description = "A seller's store")
    public record StoreBody(
            @Schema(format = "uuid") String id,
            @Schema(format = "uuid") String ownerId,
            String name,
            String description,
            @Schema(enumeration = {"OPEN", "CLOSED"}) String status,
            Instant createdAt,
            Instant updatedAt) {

        static StoreBody of(StoreSummary store) {
            return new StoreBody(store.id(), store.ownerId(), store.name(), store.description(), store.status(),
                    store.createdAt(), store.updatedAt());
        }
    }
}
