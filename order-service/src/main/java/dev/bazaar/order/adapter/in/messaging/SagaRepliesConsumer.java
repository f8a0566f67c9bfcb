package dev.bazaar.order.adapter.in.messaging;

import dev.bazaar.order.application.AdvanceCheckout;
import dev.bazaar.order.application.AdvanceCheckout.LineProblem;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.events.InboundEvent;
import dev.bazaar.platform.messaging.EventPayloads;
import dev.bazaar.platform.messaging.InboxConsumer;
import dev.bazaar.platform.messaging.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The saga's replies: store-service's ({@code shop.stock.events}) and payment-service's
 * ({@code shop.payment.events}), each applied once through the inbox. Types this saga does not
 * wait for are acknowledged and skipped.
 */
@ApplicationScoped
public class SagaRepliesConsumer {

    static final String CONSUMER = "order.saga-replies";

    /** The parts of the reply schemas this consumer reads. */
    public record OrderReply(String orderId) {
    }

    public record StockRejected(String orderId, String command, String reason, List<RejectedLine> lines) {
        boolean isComplete() {
            return orderId != null && command != null && reason != null && lines != null && !lines.isEmpty()
                    && lines.stream().allMatch(line -> line != null && line.reason() != null);
        }
    }

    public record RejectedLine(String productId, String reason) {
    }

    public record StockReleased(String orderId, String reason) {
    }

    public record PaymentReply(String orderId, String paymentId, String reason) {
    }

    private final InboxConsumer inbox;
    private final AdvanceCheckout checkout;

    @Inject
    public SagaRepliesConsumer(InboxConsumer inbox, AdvanceCheckout checkout) {
        this.inbox = inbox;
        this.checkout = checkout;
    }

    @Incoming("stock-replies")
    public CompletionStage<Void> onStockReply(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::applyStockReply);
    }

    @Incoming("payment-replies")
    public CompletionStage<Void> onPaymentReply(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::applyPaymentReply);
    }

    private void applyStockReply(InboundEvent event) {
        switch (event.type()) {
            case "StockReserved" -> illegalIsPoison(() -> checkout.stockReserved(orderId(event)));
            case "StockConfirmed" -> illegalIsPoison(() -> checkout.stockConfirmed(orderId(event)));
            case "StockRejected" -> {
                StockRejected rejected = EventPayloads.read(event, StockRejected.class, StockRejected::isComplete);
                List<LineProblem> problems = rejected.lines().stream()
                        .map(line -> parse(LineProblem.class, line.reason(), event)).toList();
                illegalIsPoison(() -> checkout.stockRejected(rejected.orderId(),
                        "ConfirmReservation".equals(rejected.command()), problems, rejected.reason()));
            }
            case "StockReleased" -> {
                StockReleased released = EventPayloads.read(event, StockReleased.class,
                        r -> r.orderId() != null && r.reason() != null);
                illegalIsPoison(() -> checkout.stockReleased(released.orderId(), "EXPIRED".equals(released.reason())));
            }
            default -> {
                // Not a reply this saga waits for.
            }
        }
    }

    private void applyPaymentReply(InboundEvent event) {
        switch (event.type()) {
            case "PaymentAuthorized" -> {
                PaymentReply authorized = EventPayloads.read(event, PaymentReply.class,
                        r -> r.orderId() != null && r.paymentId() != null);
                illegalIsPoison(() -> checkout.paymentAuthorized(authorized.orderId(), authorized.paymentId()));
            }
            case "PaymentDeclined" -> {
                PaymentReply declined = EventPayloads.read(event, PaymentReply.class,
                        r -> r.orderId() != null && r.reason() != null);
                illegalIsPoison(() -> checkout.paymentDeclined(declined.orderId(), declined.reason()));
            }
            case "PaymentRefunded" -> illegalIsPoison(() -> checkout.paymentRefunded(orderId(event)));
            default -> {
                // Not a reply this saga waits for.
            }
        }
    }

    private static String orderId(InboundEvent event) {
        return EventPayloads.read(event, OrderReply.class, reply -> reply.orderId() != null).orderId();
    }

    /**
     * A reply that names no order of ours, or does not fit the order's status, will not fit on a
     * retry either: it goes to the dead-letter topic with the reason, for a person to look at.
     */
    private static void illegalIsPoison(Runnable step) {
        try {
            step.run();
        } catch (ApplicationException e) {
            throw new PoisonMessageException(e.code() + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, InboundEvent event) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException(event.type() + " has an unknown " + type.getSimpleName() + " " + value, e);
        }
    }
}
