package dev.bazaar.auth.adapter.in.scheduling;

import dev.bazaar.auth.application.ForgetEndedSessions;
import dev.bazaar.platform.lifecycle.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Logger;

/** Every {@code bazaar.auth.session.cleanup-interval} (default 1 hour), forgets ended sessions. */
@ApplicationScoped
public class SessionHousekeeping {

    private static final Logger LOG = Logger.getLogger(SessionHousekeeping.class.getName());

    private final ForgetEndedSessions forget;
    private final Duration interval;
    private PeriodicTask task;

    @Inject
    SessionHousekeeping(ForgetEndedSessions forget,
                        @ConfigProperty(name = "bazaar.auth.session.cleanup-interval", defaultValue = "PT1H")
                        Duration interval) {
        this.forget = forget;
        this.interval = interval;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = PeriodicTask.every(interval, "session-housekeeping", this::forgetAll);
    }

    void forgetAll() {
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
