package dev.bazaar.payment.domain.payment;

import dev.bazaar.payment.domain.Money;

import java.time.Instant;

/** Reply to RefundPayment: the debit went back to the wallet. The shape is api/events/PaymentRefunded.schema.json. */
public record PaymentRefunded(String paymentId, String orderId, String customerId, Money amount, String reason,
                              Instant occurredAt) {

    public static final String TYPE = "PaymentRefunded";

    public static PaymentRefunded of(Payment payment, Instant now) {
        return new PaymentRefunded(payment.id(), payment.orderId(), payment.customerId(), payment.amount(),
                payment.reason(), now);
    }
}
