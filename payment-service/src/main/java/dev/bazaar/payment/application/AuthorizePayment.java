package dev.bazaar.payment.application;

import dev.bazaar.payment.application.port.out.PaymentMetrics;
import dev.bazaar.payment.application.port.out.Payments;
import dev.bazaar.payment.application.port.out.Ledger;
import dev.bazaar.payment.application.port.out.Wallets;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.payment.domain.payment.DeclineReason;
import dev.bazaar.payment.domain.payment.Payment;
import dev.bazaar.payment.domain.payment.PaymentAuthorized;
import dev.bazaar.payment.domain.payment.PaymentDeclined;
import dev.bazaar.payment.domain.payment.PaymentStatus;
import dev.bazaar.payment.domain.wallet.Wallet;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Use case: the checkout saga's {@code AuthorizePayment} command. Debits the customer's wallet when
 * its balance covers the order's total and replies {@code PaymentAuthorized}; otherwise records a
 * declined payment and replies {@code PaymentDeclined} with its reason code. Runs in the consumer's
 * transaction (with the inbox claim), so the effect and the reply commit together.
 *
 * <p>Concurrency: the wallet row is locked before anything is read, so authorizations (and top-ups
 * and refunds) of one customer are serialized and the balance can never be overdrawn.
 *
 * <p>Idempotent per order id, beyond the inbox's per-message guarantee (order-service may send the
 * command again, with a new message id, e.g. when it retries a step): an order has at most one
 * payment, and a second AuthorizePayment for it never debits again. It is answered with the reply
 * the first one got, re-sent with the same payment id, so a saga that lost or missed the first
 * reply can go on: PaymentAuthorized for an authorized payment, PaymentDeclined for a declined one.
 * A refunded payment gets no reply: its order was cancelled or rejected already, and announcing an
 * authorization would be false.
 */
@ApplicationScoped
public class AuthorizePayment {

    private static final Logger LOG = Logger.getLogger(AuthorizePayment.class.getName());

    public record Command(String orderId, String customerId, Money amount) {
        public Command {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** What handling the command did. */
    public enum Outcome {
        AUTHORIZED,
        DECLINED,
        /** The order had a payment already: nothing changed, its reply was sent again (if any). */
        REPEATED
    }

    private final Wallets wallets;
    private final Payments payments;
    private final Ledger ledger;
    private final Outbox outbox;
    private final PaymentPolicy policy;
    private final PaymentMetrics metrics;

    @Inject
    public AuthorizePayment(Wallets wallets, Payments payments, Ledger ledger, Outbox outbox, PaymentPolicy policy,
                            PaymentMetrics metrics) {
        this.wallets = wallets;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.policy = policy;
        this.metrics = metrics;
    }

    @Transactional
    public Outcome authorize(Command command) {
        Instant now = policy.now();
        Wallet wallet = wallets.lockOrOpen(command.customerId(), policy.currency(), now);
        var earlier = payments.byOrder(command.orderId());
        if (earlier.isPresent()) {
            replyAgain(earlier.get(), command, now);
            return Outcome.REPEATED;
        }

        Money amount = command.amount();
        DeclineReason declined = null;
        String reason = null;
        if (!amount.currency().equals(policy.currency())) {
            declined = DeclineReason.CURRENCY_NOT_SUPPORTED;
            reason = "The shop takes " + policy.currency() + " only, not " + amount.currency() + ".";
        } else if (amount.greaterThan(policy.paymentLimit())) {
            declined = DeclineReason.AMOUNT_LIMIT_EXCEEDED;
            reason = "A payment is at most " + policy.paymentLimit().display() + ", not " + amount.display() + ".";
        } else if (!wallet.covers(amount)) {
            declined = DeclineReason.INSUFFICIENT_FUNDS;
            reason = "Wallet balance " + wallet.balance().display() + " is below " + amount.display() + ".";
        }

        if (declined != null) {
            Payment payment = Payment.declined(command.orderId(), command.customerId(), amount, declined, reason, now);
            payments.add(payment);
            outbox.record(OutboxEvent.of("payment", payment.id(), PaymentDeclined.TYPE, PaymentDeclined.of(payment, now)));
            metrics.declined(declined);
            return Outcome.DECLINED;
        }
        Payment payment = Payment.authorized(command.orderId(), command.customerId(), amount, now);
        payments.add(payment);
        ledger.append(wallet.debit(amount, payment.id(), now));
        wallets.update(wallet);
        outbox.record(OutboxEvent.of("payment", payment.id(), PaymentAuthorized.TYPE, PaymentAuthorized.of(payment, now)));
        metrics.authorized();
        return Outcome.AUTHORIZED;
    }

    private void replyAgain(Payment payment, Command command, Instant now) {
        if (!payment.amount().equals(command.amount()) || !payment.customerId().equals(command.customerId())) {
            LOG.warning(() -> "AuthorizePayment for order " + command.orderId() + " differs from the one handled first"
                    + " (payment " + payment.id() + "); the first one stands");
        }
        if (payment.status() == PaymentStatus.AUTHORIZED) {
            outbox.record(OutboxEvent.of("payment", payment.id(), PaymentAuthorized.TYPE, PaymentAuthorized.of(payment, now)));
        } else if (payment.status() == PaymentStatus.DECLINED) {
            outbox.record(OutboxEvent.of("payment", payment.id(), PaymentDeclined.TYPE, PaymentDeclined.of(payment, now)));
        } else {
            LOG.info(() -> "AuthorizePayment for order " + command.orderId() + " whose payment is refunded: no reply");
        }
    }
}
