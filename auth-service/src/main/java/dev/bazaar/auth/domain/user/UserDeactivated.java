package dev.bazaar.auth.domain.user;

import java.time.Instant;

/** A user account was deactivated. The shape is api/events/UserDeactivated.schema.json. */
public record UserDeactivated(String userId, String reason, String deactivatedBy, Instant occurredAt) {

    public static final String TYPE = "UserDeactivated";
}
