package dev.bazaar.platform.grpc;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.AccessTokenVerifier;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.platform.security.token.VerifiedAccessToken;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, for every gRPC call: the {@code authorization: Bearer <jwt>} metadata verified by
 * the {@link AccessTokenVerifier}, its {@link Caller} (and the token, for forwarding) put into the
 * gRPC context for the handler ({@link CallerContext#caller()}). No metadata: the call goes on
 * anonymously and each rpc decides whether that is enough. A token that is present but not good
 * ends the call with UNAUTHENTICATED before the handler runs: a token, when sent, must be valid.
 */
@ApplicationScoped
public class GrpcAuthentication implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final AccessTokenVerifier verifier;

    @Inject
    GrpcAuthentication(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String authorization = headers.get(AUTHORIZATION);
        if (authorization == null) {
            return Contexts.interceptCall(CallerContext.with(Caller.anonymous(), null), call, headers, next);
        }
        try {
            String token = CallerContext.bearerTokenOf(authorization);
            if (token == null) {
                throw ApplicationException.unauthenticated("token-invalid",
                        "The authorization metadata must be 'Bearer <access token>'.");
            }
            VerifiedAccessToken verified = verifier.verify(token);
            return Contexts.interceptCall(CallerContext.with(verified.caller(), token), call, headers, next);
        } catch (ApplicationException e) {
            StatusRuntimeException status = GrpcErrors.toStatusException(e);
            call.close(status.getStatus(), status.getTrailers() == null ? new Metadata() : status.getTrailers());
            return new ServerCall.Listener<>() {
            };
        }
    }
}
