package dev.bazaar.order.adapter.out.metrics;

import dev.bazaar.order.application.port.out.CheckoutMetrics;
import dev.bazaar.order.domain.order.OrderReason;
import dev.bazaar.order.domain.order.OrderStatus;
import dev.bazaar.order.domain.saga.SagaCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.List;

/**
 * Checkout's business metrics on {@code /metrics}: {@code orders_placed_total},
 * {@code orders_ended_total{status,reason}}, {@code checkout_duration_seconds{status}} (placed to
 * ended), {@code saga_step_seconds{to}} (one status change to the next),
 * {@code saga_step_retries_total{command}} and {@code saga_replies_ignored_total{reply}}.
 */
@ApplicationScoped
public class MicroprofileCheckoutMetrics implements CheckoutMetrics {

    private static final Metadata PLACED = Metadata.builder().withName("orders_placed_total")
            .withDescription("Orders placed (PlaceOrder calls that created an order)").build();
    private static final Metadata IGNORED = Metadata.builder().withName("saga_replies_ignored_total")
            .withDescription("Saga replies that changed nothing: repeats, or after their order ended").build();
    private static final Metadata RETRIES = Metadata.builder().withName("saga_step_retries_total")
            .withDescription("Saga commands sent again because their reply did not come in time").build();

    private final MetricRegistry registry;

    /** The saga's replies, as order-service consumes them (api/events/README.md). */
    private static final List<String> REPLIES = List.of("StockReserved", "StockRejected", "StockConfirmed", "StockReleased",
            "PaymentAuthorized", "PaymentDeclined", "PaymentRefunded");

    @Inject
    public MicroprofileCheckoutMetrics(MetricRegistry registry) {
        this.registry = registry;
        // Every counter exists at 0 from the start: rate() and increase() see the first event, and the
        // dashboards and alerts find their series before anything happened (e2e ObservabilityContractTest).
        registry.counter(PLACED);
        for (Class<?> command : SagaCommand.class.getPermittedSubclasses()) {
            registry.counter(RETRIES, new Tag("command", command.getSimpleName()));
        }
        for (String reply : REPLIES) {
            registry.counter(IGNORED, new Tag("reply", reply));
        }
    }

    /** Creates the bean at start (it is lazy otherwise), so its counters exist before the first event. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the constructor did the work
    }

    @Override
    public void placed() {
        registry.counter(PLACED).inc();
    }

    @Override
    public void stepCompleted(OrderStatus to, Duration took) {
        registry.timer(Metadata.builder().withName("saga_step_seconds")
                        .withDescription("Time from one status change of an order to the next, by the status reached")
                        .withUnit(MetricUnits.SECONDS).build(),
                new Tag("to", to.name())).update(took);
    }

    @Override
    public void ended(OrderStatus status, OrderReason reason, Duration took) {
        registry.counter(Metadata.builder().withName("orders_ended_total")
                        .withDescription("Orders that reached a terminal status, by status and reason").build(),
                new Tag("status", status.name()), new Tag("reason", reason == null ? "NONE" : reason.name())).inc();
        registry.timer(Metadata.builder().withName("checkout_duration_seconds")
                        .withDescription("Time from placing an order to its terminal status")
                        .withUnit(MetricUnits.SECONDS).build(),
                new Tag("status", status.name())).update(took);
    }

    @Override
    public void replyIgnored(String replyType) {
        registry.counter(IGNORED, new Tag("reply", replyType)).inc();
    }

    @Override
    public void stepRetried(String commandType) {
        registry.counter(RETRIES, new Tag("command", commandType)).inc();
    }
}
