package dev.bazaar.payment.domain.payment;

import dev.bazaar.payment.domain.Money;

import java.time.Instant;

/** Reply to AuthorizePayment: nothing was debited. The shape is api/events/PaymentDeclined.schema.json. */
public record PaymentDeclined(String paymentId, String orderId, String customerId, Money amount, String reason,
                              String reasonCode, Instant occurredAt) {

    public static final String TYPE = "PaymentDeclined";

    public static PaymentDeclined of(Payment payment, Instant now) {
        return new PaymentDeclined(payment.id(), payment.orderId(), payment.customerId(), payment.amount(),
                payment.reason(), payment.declineReason().name(), now);
    }
}
