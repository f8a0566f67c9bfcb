package dev.bazaar.store.adapter.out.metrics;

import dev.bazaar.store.application.port.out.StockMetrics;
import dev.bazaar.store.domain.inventory.RejectedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Set;

/**
 * The stock counters on {@code /metrics}: {@code stock_reservations_total{outcome}} (ReserveStock
 * answered {@code reserved} or {@code rejected}) and {@code stock_rejections_total{command,reason}}
 * (StockRejected answers, by the command and each reason among its lines: OUT_OF_STOCK,
 * PRODUCT_INACTIVE, ... and RESERVATION_EXPIRED for a confirmation that came too late). A count is
 * taken when the transaction commits, so a handling attempt that rolls back and is retried counts once.
 */
@ApplicationScoped
public class MicroProfileStockMetrics implements StockMetrics {

    private static final Metadata RESERVATIONS = Metadata.builder().withName("stock_reservations_total")
            .withDescription("ReserveStock commands answered, by outcome (reserved, rejected)").build();
    private static final Metadata REJECTIONS = Metadata.builder().withName("stock_rejections_total")
            .withDescription("StockRejected answers, by command and by each reason among the rejected lines").build();

    private final MetricRegistry metrics;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public MicroProfileStockMetrics(MetricRegistry metrics, TransactionSynchronizationRegistry transactions) {
        this.metrics = metrics;
        this.transactions = transactions;
        // present at 0 from the start, so rate() and increase() see the first one
        metrics.counter(RESERVATIONS, new Tag("outcome", "reserved"));
        metrics.counter(RESERVATIONS, new Tag("outcome", "rejected"));
    }

    /** Creates the bean at start (it is lazy otherwise), so its counters exist before the first event. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the constructor did the work
    }

    @Override
    public void reserved() {
        afterCommit(() -> metrics.counter(RESERVATIONS, new Tag("outcome", "reserved")).inc());
    }

    @Override
    public void rejected(String command, Set<RejectedLine.Reason> reasons) {
        afterCommit(() -> {
            if ("ReserveStock".equals(command)) {
                metrics.counter(RESERVATIONS, new Tag("outcome", "rejected")).inc();
            }
            for (RejectedLine.Reason reason : reasons) {
                metrics.counter(REJECTIONS, new Tag("command", command), new Tag("reason", reason.name())).inc();
            }
        });
    }

    private void afterCommit(Runnable count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
