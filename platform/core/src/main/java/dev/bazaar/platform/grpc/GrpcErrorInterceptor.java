package dev.bazaar.platform.grpc;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions thrown by gRPC handlers into statuses: an {@link ApplicationException} into its
 * code with rich details, anything else into {@code INTERNAL} with a generic message (logged here
 * with its stack trace, never sent).
 */
@ApplicationScoped
public class GrpcErrorInterceptor implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(GrpcErrorInterceptor.class.getName());

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        return new SimpleForwardingServerCallListener<>(delegate) {
            @Override
            public void onMessage(Q message) {
                guard(call, () -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                guard(call, super::onHalfClose);
            }

            @Override
            public void onReady() {
                guard(call, super::onReady);
            }
        };
    }

    private static void guard(ServerCall<?, ?> call, Runnable step) {
        try {
            step.run();
        } catch (ApplicationException e) {
            StatusRuntimeException status = GrpcErrors.toStatusException(e);
            close(call, status.getStatus(), status.getTrailers());
        } catch (StatusRuntimeException e) {
            close(call, e.getStatus(), e.getTrailers());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected error in " + call.getMethodDescriptor().getFullMethodName(), e);
            close(call, Status.INTERNAL.withDescription("Internal error; quote the trace id when you report it."),
                    new Metadata());
        }
    }

    private static void close(ServerCall<?, ?> call, Status status, Metadata trailers) {
        try {
            call.close(status, trailers == null ? new Metadata() : trailers);
        } catch (IllegalStateException alreadyClosed) {
            LOG.log(Level.FINE, "Call already closed", alreadyClosed);
        }
    }
}
