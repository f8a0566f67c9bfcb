package dev.bazaar.platform.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import sun.misc.Signal;

import java.util.logging.Logger;

/**
 * Makes SIGTERM a normal exit: the JVM would run the same shutdown (Helidon's hook, then
 * {@link GracefulShutdown}) but report exit status 143; Kubernetes and process supervisors read a
 * drained, orderly stop better as 0.
 */
@ApplicationScoped
public class ExitOnSigterm {

    private static final Logger LOG = Logger.getLogger(ExitOnSigterm.class.getName());

    void install(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object event) {
        try {
            Signal.handle(new Signal("TERM"), signal -> Thread.ofPlatform().name("sigterm").start(() -> System.exit(0)));
        } catch (IllegalArgumentException | UnsupportedOperationException notSupported) {
            LOG.fine("SIGTERM handler not installed: " + notSupported.getMessage());
        }
    }
}
