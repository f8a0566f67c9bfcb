package dev.bazaar.payment.adapter.out.metrics;

import dev.bazaar.payment.application.port.out.PaymentMetrics;
import dev.bazaar.payment.domain.payment.DeclineReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The payment counters on {@code /metrics}: {@code payment_authorizations_total},
 * {@code payment_declines_total{reason}} and {@code payment_refunds_total}. A count is taken when
 * the transaction commits, so a handling attempt that rolls back (and is retried) counts once.
 */
@ApplicationScoped
public class MicroProfilePaymentMetrics implements PaymentMetrics {

    private final MetricRegistry metrics;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public MicroProfilePaymentMetrics(MetricRegistry metrics, TransactionSynchronizationRegistry transactions) {
        this.metrics = metrics;
        this.transactions = transactions;
        // at 0 from the start: rate() and increase() see the first one, dashboards find the series
        metrics.counter("payment_authorizations_total");
        metrics.counter("payment_refunds_total");
        for (DeclineReason reason : DeclineReason.values()) {
            metrics.counter("payment_declines_total", new Tag("reason", reason.name()));
        }
    }

    /** Creates the bean at start (it is lazy otherwise), so its counters exist before the first event. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the constructor did the work
    }

    @Override
    public void authorized() {
        afterCommit(() -> metrics.counter("payment_authorizations_total").inc());
    }

    @Override
    public void declined(DeclineReason reason) {
        afterCommit(() -> metrics.counter("payment_declines_total", new Tag("reason", reason.name())).inc());
    }

    @Override
    public void refunded() {
        afterCommit(() -> metrics.counter("payment_refunds_total").inc());
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
