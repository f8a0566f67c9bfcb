package dev.bazaar.auth.domain.user;

import java.time.Instant;
import java.util.List;

/** A user account was created. The shape is api/events/UserRegistered.schema.json. */
public record UserRegistered(String userId, String email, String displayName, List<String> roles, Instant occurredAt) {

    public static final String TYPE = "UserRegistered";
}
