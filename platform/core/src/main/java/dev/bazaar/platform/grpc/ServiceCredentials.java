package dev.bazaar.platform.grpc;

import dev.bazaar.api.auth.v1.IssueServiceTokenRequest;
import dev.bazaar.api.auth.v1.ServiceToken;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * This service's own identity for calls it makes on its own account, not for a user (an
 * "internal caller", common.proto): a token from auth-service's {@code IssueServiceToken} for the
 * client id {@code bazaar.service.name} and the secret {@code bazaar.service-credentials.secret}
 * (in Kubernetes from a Secret). The token is kept and renewed a minute before it expires.
 *
 * <p>Only calls made through {@link #channel(String)} carry it; {@link GrpcChannels} never adds it
 * by itself, so work done for a user can never borrow the service's rights by accident.
 */
@ApplicationScoped
public class ServiceCredentials {

    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final String AUTH_BACKEND = "auth";
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private record Issued(String token, Instant renewAt) {
    }

    private final GrpcChannels channels;
    private final String clientId;
    private final String secret;
    private final Clock clock;
    private Issued issued;

    @Inject
    ServiceCredentials(GrpcChannels channels, Config config, Clock clock) {
        this(channels, config.getValue("bazaar.service.name", String.class),
                config.getOptionalValue("bazaar.service-credentials.secret", String.class).orElse(null), clock);
    }

    ServiceCredentials(GrpcChannels channels, String clientId, String secret, Clock clock) {
        this.channels = channels;
        this.clientId = clientId;
        this.secret = secret;
        this.clock = clock;
    }

    /** Whether a secret is configured, so that {@link #channel} can authenticate. */
    public boolean isConfigured() {
        return secret != null && !secret.isBlank();
    }

    /** A channel to {@code backend} on which every call authenticates as this service. */
    public Channel channel(String backend) {
        return ClientInterceptors.intercept(channels.channel(backend), new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
                String token = token();
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        headers.discardAll(AUTHORIZATION);
                        headers.put(AUTHORIZATION, "Bearer " + token);
                        super.start(listener, headers);
                    }
                };
            }
        });
    }

    /**
     * The current token, asking auth-service for a new one when it is due.
     *
     * @throws IllegalStateException when no secret is configured
     * @throws io.grpc.StatusRuntimeException when auth-service refuses or cannot be reached
     */
    synchronized String token() {
        if (!isConfigured()) {
            throw new IllegalStateException("no service credentials: set bazaar.service-credentials.secret for "
                    + clientId);
        }
        Instant now = clock.instant();
        if (issued == null || !now.isBefore(issued.renewAt())) {
            ServiceToken token = TokenServiceGrpc.newBlockingStub(channels.channel(AUTH_BACKEND))
                    .withDeadlineAfter(channels.deadline(AUTH_BACKEND).toMillis(), TimeUnit.MILLISECONDS)
                    .issueServiceToken(IssueServiceTokenRequest.newBuilder()
                            .setClientId(clientId).setClientSecret(secret).build());
            Duration lifetime = Duration.ofSeconds(token.getExpiresInSeconds());
            Duration keep = lifetime.compareTo(RENEW_BEFORE_EXPIRY.multipliedBy(2)) > 0
                    ? lifetime.minus(RENEW_BEFORE_EXPIRY) : lifetime.dividedBy(2);
            issued = new Issued(token.getAccessToken(), now.plus(keep));
        }
        return issued.token();
    }
}
