package dev.bazaar.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Channels to other Bazaar services, one per backend, from configuration:
 * {@code bazaar.backends.<name>.address} ({@code host:port}) and
 * {@code bazaar.backends.<name>.deadline} (ISO-8601, default 2 s), which every call must use
 * ({@link #deadline(String)}). Calls carry the current W3C trace context and, when a user's request
 * is being handled, that user's access token (common.proto: the identity travels with the call).
 */
@ApplicationScoped
public class GrpcChannels {

    private final Config config;
    private final OpenTelemetry openTelemetry;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    @Inject
    GrpcChannels(Config config, OpenTelemetry openTelemetry) {
        this.config = config;
        this.openTelemetry = openTelemetry;
    }

    public Channel channel(String backend) {
        ManagedChannel channel = channels.computeIfAbsent(backend, name -> NettyChannelBuilder
                .forTarget(config.getValue("bazaar.backends." + name + ".address", String.class))
                .usePlaintext() // inside the cluster Istio's sidecars add mutual TLS
                .build());
        return ClientInterceptors.intercept(channel, new TracePropagation(), new CallerTokenForwarding());
    }

    public Duration deadline(String backend) {
        return config.getOptionalValue("bazaar.backends." + backend + ".deadline", Duration.class)
                .orElse(Duration.ofSeconds(2));
    }

    @PreDestroy
    void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        try {
            for (ManagedChannel channel : channels.values()) {
                if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                    channel.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            channels.values().forEach(ManagedChannel::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    /** Forwards the bearer token of the request being handled, unless the call sets its own. */
    private static final class CallerTokenForwarding implements ClientInterceptor {
        private static final Metadata.Key<String> AUTHORIZATION =
                Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            String token = CallerContext.bearerToken();
            return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    if (token != null && !headers.containsKey(AUTHORIZATION)) {
                        headers.put(AUTHORIZATION, "Bearer " + token);
                    }
                    super.start(listener, headers);
                }
            };
        }
    }

    /** Puts {@code traceparent} on outgoing calls, so the backend's span joins the caller's trace. */
    private final class TracePropagation implements ClientInterceptor {
        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers,
                            (carrier, key, value) -> carrier.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value));
                    super.start(listener, headers);
                }
            };
        }
    }
}
