package dev.bazaar.store.adapter.in.scheduling;

import dev.bazaar.store.application.StockReservations;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases reservations that outlived their expiry unconfirmed, every
 * {@code bazaar.stock.expiry-interval} (default 5 s): each in its own transaction, so one failure
 * does not hold back the others, and safe to run in several instances at once (each reservation is
 * locked and checked again before it expires).
 */
@ApplicationScoped
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
    private static final int BATCH = 100;

    private final StockReservations reservations;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    @Inject
    public ReservationExpiry(StockReservations reservations,
                             @ConfigProperty(name = "bazaar.stock.expiry-interval", defaultValue = "PT5S") Duration interval) {
        this.reservations = reservations;
        this.interval = interval;
    }

    void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("reservation-expiry").factory());
        scheduler.scheduleWithFixedDelay(this::expireDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: expires what is due, a batch at a time, until nothing is. */
    public int expireDue() {
        int expired = 0;
        try {
            List<UUID> due;
            do {
                due = reservations.dueForExpiry(BATCH);
                for (UUID orderId : due) {
                    try {
                        if (reservations.expireIfDue(orderId)) {
                            expired++;
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Expiring the reservation of order " + orderId + " failed; next round", e);
                    }
                }
            } while (due.size() == BATCH && expired > 0);
            if (expired > 0) {
                int count = expired;
                LOG.info(() -> count + " reservation(s) expired; their units are available again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reservation expiry failed; retrying next round", e);
        }
        return expired;
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
