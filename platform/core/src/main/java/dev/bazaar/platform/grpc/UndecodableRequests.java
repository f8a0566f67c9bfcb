package dev.bazaar.platform.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;

import java.io.InputStream;

/**
 * A request whose bytes are no valid message of the method's type is the caller's mistake:
 * {@code INVALID_ARGUMENT}. grpc-java itself answers it with {@code UNKNOWN} ("Application error
 * processing RPC") and logs an ERROR with a stack trace, because its protobuf marshaller throws
 * while the server is already inside the call (found by the reliability suite's generated gRPC
 * input, docs/decisions/0018). Here each method's request marshaller answers an undecodable
 * message with null, and {@link #interceptor()}, the innermost interceptor, closes such a call with
 * {@code INVALID_ARGUMENT} before the handler sees it.
 */
final class UndecodableRequests {

    private UndecodableRequests() {
    }

    /** The same service with marshallers that return null for bytes they cannot decode. */
    static ServerServiceDefinition tolerated(ServerServiceDefinition definition) {
        ServiceDescriptor original = definition.getServiceDescriptor();
        ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor()); // server reflection reads it
        java.util.List<ServerMethodDefinition<?, ?>> rebound = new java.util.ArrayList<>();
        for (ServerMethodDefinition<?, ?> method : definition.getMethods()) {
            ServerMethodDefinition<?, ?> tolerant = tolerant(method);
            rebound.add(tolerant);
            descriptor.addMethod(tolerant.getMethodDescriptor());
        }
        ServerServiceDefinition.Builder methods = ServerServiceDefinition.builder(descriptor.build());
        for (ServerMethodDefinition<?, ?> method : rebound) {
            methods.addMethod(method);
        }
        return methods.build();
    }

    private static <Q, R> ServerMethodDefinition<Q, R> tolerant(ServerMethodDefinition<Q, R> method) {
        MethodDescriptor.Marshaller<Q> strict = method.getMethodDescriptor().getRequestMarshaller();
        MethodDescriptor.Marshaller<Q> tolerant = new MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(Q value) {
                return strict.stream(value);
            }

            @Override
            public Q parse(InputStream stream) {
                try {
                    return strict.parse(stream);
                } catch (RuntimeException undecodable) {
                    return null;
                }
            }
        };
        return ServerMethodDefinition.create(method.getMethodDescriptor().toBuilder().setRequestMarshaller(tolerant).build(),
                method.getServerCallHandler());
    }

    /** Closes a call whose request could not be decoded with {@code INVALID_ARGUMENT}. */
    static ServerInterceptor interceptor() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
                    private boolean rejected;

                    @Override
                    public void onMessage(Q message) {
                        if (message == null) {
                            rejected = true;
                            call.close(Status.INVALID_ARGUMENT.withDescription("The request is not a valid "
                                    + call.getMethodDescriptor().getFullMethodName() + " request message."), new Metadata());
                        } else if (!rejected) {
                            super.onMessage(message);
                        }
                    }

                    @Override
                    public void onHalfClose() {
                        if (!rejected) {
                            super.onHalfClose();
                        }
                    }

                    @Override
                    public void onReady() {
                        if (!rejected) {
                            super.onReady();
                        }
                    }
                };
            }
        };
    }
}
