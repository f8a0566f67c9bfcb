package dev.bazaar.order.adapter.in.scheduling;

import dev.bazaar.order.application.KeepCheckoutsMoving;
import dev.bazaar.order.domain.order.OrderId;
import dev.bazaar.platform.lifecycle.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code bazaar.checkout.timer-interval} (default 5 s), lets the saga act on checkouts whose
 * replies are late. Several replicas may run it: each order is locked and re-checked in its own
 * transaction, so it is acted on once.
 */
@ApplicationScoped
public class CheckoutTimers {

    private static final Logger LOG = Logger.getLogger(CheckoutTimers.class.getName());

    private final KeepCheckoutsMoving checkouts;
    private final Duration interval;
    private PeriodicTask task;

    @Inject
    CheckoutTimers(KeepCheckoutsMoving checkouts,
                   @ConfigProperty(name = "bazaar.checkout.timer-interval", defaultValue = "PT5S") Duration interval) {
        this.checkouts = checkouts;
        this.interval = interval;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = PeriodicTask.every(interval, "checkout-timers", () -> checkouts.due().forEach(this::act));
    }

    private void act(OrderId id) {
        try {
            KeepCheckoutsMoving.Action action = checkouts.act(id);
            if (action != KeepCheckoutsMoving.Action.NOTHING) {
                LOG.warning(() -> "Order " + id + ": no reply in time, " + action);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Acting on order " + id + " failed; retrying next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.close();
        }
    }
}
