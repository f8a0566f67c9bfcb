package dev.bazaar.platform.grpc;

import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.failsafe.CircuitBreaker;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A circuit breaker for the calls to one backend (Failsafe's, used standalone). When, within
 * {@code window}, at least {@code minimum-calls} calls were made and {@code failure-rate} percent of
 * them failed with UNAVAILABLE or DEADLINE_EXCEEDED, the circuit opens: for {@code open-for} every
 * call fails at once with UNAVAILABLE instead of waiting for its deadline, so a dead or drowning
 * backend costs its callers nothing and gets room to recover. Then a few trial calls go through
 * (half-open); {@code trial-calls} successes in a row close the circuit, one failure opens it again.
 *
 * <p>Only those two codes count as failures: every other code is an answer from a working backend
 * (a client's bad input, a business rule, a rate limit), and counting them would let one client's
 * mistakes cut every client off. Configuration under {@code bazaar.backends.<name>.circuit-breaker.}.
 */
final class BackendCircuitBreaker implements ClientInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendCircuitBreaker.class.getName());

    private final String backend;
    private final CircuitBreaker<Object> breaker;

    BackendCircuitBreaker(String backend, Config config) {
        this.backend = backend;
        String prefix = "bazaar.backends." + backend + ".circuit-breaker.";
        int failureRate = config.getOptionalValue(prefix + "failure-rate", Integer.class).orElse(50);
        int minimumCalls = config.getOptionalValue(prefix + "minimum-calls", Integer.class).orElse(10);
        Duration window = config.getOptionalValue(prefix + "window", Duration.class).orElse(Duration.ofSeconds(10));
        Duration openFor = config.getOptionalValue(prefix + "open-for", Duration.class).orElse(Duration.ofSeconds(5));
        int trialCalls = config.getOptionalValue(prefix + "trial-calls", Integer.class).orElse(3);
        this.breaker = CircuitBreaker.builder()
                .withFailureRateThreshold(failureRate, minimumCalls, window)
                .withDelay(openFor)
                .withSuccessThreshold(trialCalls)
                .onOpen(event -> LOG.warning(() -> "circuit to " + backend + " opened: calls to it fail at once for "
                        + openFor + " (" + breaker().getFailureRate() + "% of the last calls were unavailable or timed out)"))
                .onHalfOpen(event -> LOG.info(() -> "circuit to " + backend + " half-open: trying " + trialCalls + " calls"))
                .onClose(event -> LOG.info(() -> "circuit to " + backend + " closed: calls go through again"))
                .build();
    }

    private CircuitBreaker<Object> breaker() {
        return breaker;
    }

    /** True while calls are refused without trying (open); false when closed or half-open. */
    boolean isOpen() {
        return breaker.isOpen();
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        if (!breaker.tryAcquirePermit()) {
            return new RefusedCall<>(Status.UNAVAILABLE.withDescription(backend + " is unavailable (circuit open after repeated failures); try again in "
                    + Math.max(1, breaker.getRemainingDelay().toSeconds()) + " s"));
        }
        AtomicBoolean recorded = new AtomicBoolean();
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                try {
                    super.start(new SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            record(status.getCode());
                            super.onClose(status, trailers);
                        }
                    }, headers);
                } catch (RuntimeException e) {
                    record(Status.Code.UNAVAILABLE);
                    throw e;
                }
            }

            /** Once per call; a caller's own cancellation says nothing against the backend. */
            private void record(Status.Code code) {
                if (recorded.compareAndSet(false, true)) {
                    if (GrpcErrors.isUnavailable(code)) {
                        breaker.recordFailure();
                    } else {
                        breaker.recordSuccess(); // also returns a half-open trial permit
                    }
                }
            }
        };
    }

    /** A call refused before it was made: it closes with the given status as soon as it starts. */
    private static final class RefusedCall<Q, R> extends ClientCall<Q, R> {
        private final Status status;

        RefusedCall(Status status) {
            this.status = status;
        }

        @Override
        public void start(Listener<R> listener, Metadata headers) {
            listener.onClose(status, new Metadata());
        }

        @Override
        public void request(int numMessages) {
        }

        @Override
        public void cancel(String message, Throwable cause) {
        }

        @Override
        public void halfClose() {
        }

        @Override
        public void sendMessage(Q message) {
        }
    }
}
