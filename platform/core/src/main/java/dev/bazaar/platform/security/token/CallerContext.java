package dev.bazaar.platform.security.token;

import dev.bazaar.platform.security.Caller;
import io.grpc.Context;

/**
 * The caller of the request being handled, and the bearer token it came with, in the
 * {@link io.grpc.Context}: set by the gRPC server interceptor and by the REST filter, read by
 * inbound adapters ({@link #caller()}) and by the gRPC client interceptor, which forwards the same
 * token to the next service (the user's identity travels with the call, see common.proto).
 */
public final class CallerContext {

    static final Context.Key<Caller> CALLER = Context.keyWithDefault("bazaar.caller", Caller.anonymous());
    static final Context.Key<String> BEARER_TOKEN = Context.key("bazaar.bearer-token");

    private CallerContext() {
    }

    /** The current caller; anonymous outside a request or when no token came. */
    public static Caller caller() {
        return CALLER.get();
    }

    /** The raw access token of the current request, for forwarding only; null when none came. */
    public static String bearerToken() {
        return BEARER_TOKEN.get();
    }

    /** A context of this caller with its token; {@code token} null for an anonymous caller. */
    public static Context with(Caller caller, String token) {
        return Context.current().withValues(CALLER, caller, BEARER_TOKEN, token);
    }

    /** The token of an {@code Authorization} value, or null when it is not the Bearer scheme. */
    public static String bearerTokenOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        // RFC 9110: the scheme name is case-insensitive.
        if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
