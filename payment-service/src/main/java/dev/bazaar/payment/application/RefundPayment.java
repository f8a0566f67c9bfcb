package dev.bazaar.payment.application;

import dev.bazaar.payment.application.port.out.Ledger;
import dev.bazaar.payment.application.port.out.PaymentMetrics;
import dev.bazaar.payment.application.port.out.Payments;
import dev.bazaar.payment.application.port.out.Wallets;
import dev.bazaar.payment.domain.payment.Payment;
import dev.bazaar.payment.domain.payment.PaymentRefunded;
import dev.bazaar.payment.domain.payment.PaymentStatus;
import dev.bazaar.payment.domain.wallet.Wallet;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: the checkout saga's {@code RefundPayment} command. An authorized payment is credited
 * back to the wallet in full, becomes REFUNDED and {@code PaymentRefunded} is replied, in the
 * consumer's transaction.
 *
 * <p>Nothing to refund is not an error (RefundPayment.schema.json: "nothing is sent when there is
 * nothing to refund"): a declined payment debited nothing, a refunded one was credited already
 * (the command came again), and an order without a payment was never paid (commands of one order
 * are ordered on one partition, so its AuthorizePayment cannot still be on its way). These change
 * nothing, create no money and send no reply; they are logged and reported as the outcome.
 */
@ApplicationScoped
public class RefundPayment {

    private static final Logger LOG = Logger.getLogger(RefundPayment.class.getName());

    public record Command(String orderId, String customerId, String reason) {
        public Command {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What handling the command did. */
    public enum Outcome {
        REFUNDED,
        /** The payment was refunded before: nothing changed. */
        ALREADY_REFUNDED,
        /** The payment was declined, nothing was debited: nothing changed. */
        DECLINED,
        /** No payment for this order: nothing changed. */
        NO_PAYMENT
    }

    private final Wallets wallets;
    private final Payments payments;
    private final Ledger ledger;
    private final Outbox outbox;
    private final PaymentPolicy policy;
    private final PaymentMetrics metrics;

    @Inject
    public RefundPayment(Wallets wallets, Payments payments, Ledger ledger, Outbox outbox, PaymentPolicy policy,
                         PaymentMetrics metrics) {
        this.wallets = wallets;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.policy = policy;
        this.metrics = metrics;
    }

    @Transactional
    public Outcome refund(Command command) {
        Instant now = policy.now();
        // The wallet first, as every change does: its lock serializes all changes of the customer's
        // payments too, so the payment read next is current. No wallet: never paid anything.
        Optional<Wallet> locked = wallets.lock(command.customerId());
        Optional<Payment> found = locked.isEmpty() ? Optional.empty() : payments.byOrder(command.orderId());
        if (found.isPresent() && !found.get().customerId().equals(command.customerId())) {
            // Not per the contract (the order's customer pays); the money goes back to who paid.
            LOG.warning(() -> "RefundPayment for order " + command.orderId() + " names customer " + command.customerId()
                    + ", the payment's is " + found.get().customerId());
            locked = wallets.lock(found.get().customerId());
        }
        if (found.isEmpty()) {
            LOG.warning(() -> "RefundPayment for order " + command.orderId() + " that has no payment: nothing to refund");
            return Outcome.NO_PAYMENT;
        }
        Payment payment = found.get();
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            LOG.info(() -> "RefundPayment for order " + command.orderId() + " whose payment is "
                    + payment.status() + ": nothing to refund");
            return payment.status() == PaymentStatus.REFUNDED ? Outcome.ALREADY_REFUNDED : Outcome.DECLINED;
        }
        Wallet wallet = locked.orElseThrow(() -> new IllegalStateException("an authorized payment without a wallet"));
        payment.refund(command.reason(), now);
        ledger.append(wallet.credit(payment.amount(), payment.id(), now));
        wallets.update(wallet);
        payments.update(payment);
        outbox.record(OutboxEvent.of("payment", payment.id(), PaymentRefunded.TYPE, PaymentRefunded.of(payment, now)));
        metrics.refunded();
        return Outcome.REFUNDED;
    }
}
