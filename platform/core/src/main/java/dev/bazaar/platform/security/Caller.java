package dev.bazaar.platform.security;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the end user of a verified access token, or nobody ({@link #anonymous()}).
 * Transports (the gRPC interceptor, the REST filter) build it from the token; use cases receive it
 * and decide what it may do. No framework types, so a domain may use it too.
 *
 * @param userId the token's {@code sub} (a UUID string); null for an anonymous caller
 * @param email  the token's {@code upn}; null for an anonymous caller
 * @param roles  the token's {@code groups}: {@code customer}, {@code seller}, {@code admin}
 *               (and {@code internal} for another Bazaar service calling on its own account)
 */
public record Caller(String userId, String email, Set<String> roles) {

    public static final String CUSTOMER = "customer";
    public static final String SELLER = "seller";
    public static final String ADMIN = "admin";
    /** The group of a service credential. auth-service issues none yet: no caller is internal today. */
    public static final String INTERNAL = "internal";

    private static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public Caller {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (userId == null && !roles.isEmpty()) {
            throw new IllegalArgumentException("an anonymous caller has no roles");
        }
    }

    /** A caller that sent no token. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return userId == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    public boolean isInternal() {
        return hasRole(INTERNAL);
    }

    /** True when this caller is the user with this id. */
    public boolean is(String otherUserId) {
        return userId != null && userId.equals(otherUserId);
    }

    /** @throws ApplicationException UNAUTHENTICATED (TOKEN_INVALID) for an anonymous caller */
    public Caller requireSignedIn() {
        if (isAnonymous()) {
            throw notSignedIn();
        }
        return this;
    }

    /**
     * @throws ApplicationException UNAUTHENTICATED when anonymous, PERMISSION_DENIED (ROLE_REQUIRED)
     *                              when the caller has none of the roles
     */
    public Caller requireAnyRole(String... anyOf) {
        requireSignedIn();
        for (String role : anyOf) {
            if (hasRole(role)) {
                return this;
            }
        }
        throw ApplicationException.permissionDenied("role-required",
                "This needs the role " + String.join(" or ", anyOf) + ".");
    }

    public static ApplicationException notSignedIn() {
        return ApplicationException.unauthenticated("token-invalid", "Sign in first: this needs a valid access token.");
    }
}
