package dev.bazaar.platform.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/** What the gRPC client tests share: a backend that shows what it received, and config from a map. */
final class TestBackends {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private TestBackends() {
    }

    /** Answers every call with the authorization metadata it received ("none" without). */
    static ServerInterceptor answerTheAuthorization() {
        return new ServerInterceptor() {
            @Override
            @SuppressWarnings("unchecked")
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                String authorization = headers.get(AUTHORIZATION);
                call.request(1);
                call.sendHeaders(new Metadata());
                call.sendMessage((R) (authorization == null ? "none" : authorization));
                call.close(Status.OK, new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
        };
    }

    static Config config(Map<String, String> values) {
        return ConfigProviderResolver.instance().getBuilder().withSources(new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String name) {
                return values.get(name);
            }

            @Override
            public String getName() {
                return "test";
            }
        }).build();
    }
}
