package dev.bazaar.payment.domain.payment;

import dev.bazaar.payment.domain.Money;

import java.time.Instant;

/** Reply to AuthorizePayment: the wallet was debited. The shape is api/events/PaymentAuthorized.schema.json. */
public record PaymentAuthorized(String paymentId, String orderId, String customerId, Money amount, Instant occurredAt) {

    public static final String TYPE = "PaymentAuthorized";

    public static PaymentAuthorized of(Payment payment, Instant now) {
        return new PaymentAuthorized(payment.id(), payment.orderId(), payment.customerId(), payment.amount(), now);
    }
}
