package dev.bazaar.auth.adapter.in.scheduling;

import dev.bazaar.auth.application.ForgetEndedSessions;
import dev.bazaar.auth.application.LoginThrottle;
import dev.bazaar.platform.lifecycle.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every {@code bazaar.auth.session.cleanup-interval} (default 1 hour), forgets ended sessions and
 * login failures that no longer count.
 */
@ApplicationScoped
public class AuthHousekeeping {

    private static final Logger LOG = Logger.getLogger(AuthHousekeeping.class.getName());

    private final ForgetEndedSessions forget;
    private final LoginThrottle throttle;
    private final Duration interval;
    private PeriodicTask task;

    @Inject
    AuthHousekeeping(ForgetEndedSessions forget, LoginThrottle throttle,
                        @ConfigProperty(name = "bazaar.auth.session.cleanup-interval", defaultValue = "PT1H")
                        Duration interval) {
        this.forget = forget;
        this.throttle = throttle;
        this.interval = interval;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = PeriodicTask.every(interval, "auth-housekeeping", () -> {
            forgetEndedSessions();
            throttle.forgetExpired();
        });
    }

    void forgetEndedSessions() {
        int total = 0;
        int deleted;
        do {
            deleted = forget.forgetBatch();
            total += deleted;
        } while (deleted > 0 && !Thread.currentThread().isInterrupted());
        if (total > 0) {
            int forgotten = total;
            LOG.info(() -> "Forgot " + forgotten + " ended sessions");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.close();
        }
    }
}
