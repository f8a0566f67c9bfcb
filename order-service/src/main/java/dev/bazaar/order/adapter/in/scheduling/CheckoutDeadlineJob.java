package dev.bazaar.order.adapter.in.scheduling;

import dev.bazaar.order.application.TimeOutCheckouts;
import dev.bazaar.order.domain.order.OrderId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for checkouts past their deadline every {@code bazaar.checkout.deadline-check-interval}
 * (default 10 s) and times them out. Several replicas may run it: each order is locked and
 * re-checked in its own transaction, so an order is timed out once.
 */
@ApplicationScoped
public class CheckoutDeadlineJob {

    private static final Logger LOG = Logger.getLogger(CheckoutDeadlineJob.class.getName());

    private final TimeOutCheckouts timeOuts;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    @Inject
    CheckoutDeadlineJob(TimeOutCheckouts timeOuts,
                        @ConfigProperty(name = "bazaar.checkout.deadline-check-interval", defaultValue = "PT10S")
                        Duration interval) {
        this.timeOuts = timeOuts;
        this.interval = interval;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("checkout-deadlines").factory());
        scheduler.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            List<OrderId> overdue = timeOuts.overdue();
            long timedOut = overdue.stream().filter(this::timeOut).count();
            if (timedOut > 0) {
                LOG.warning(() -> "Timed out " + timedOut + " checkouts past their deadline");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checkout deadline check failed; retrying next round", e);
        }
    }

    private boolean timeOut(OrderId id) {
        try {
            return timeOuts.timeOut(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Timing out order " + id + " failed; retrying next round", e);
            return false;
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
