package dev.bazaar.payment.domain.payment;

/** Why an authorization was declined: the {@code reasonCode} values of api/events/PaymentDeclined. */
public enum DeclineReason {
    /** The wallet's balance (zero for a customer who never topped up) is below the amount. */
    INSUFFICIENT_FUNDS,
    /** The amount is not in the shop's currency. */
    CURRENCY_NOT_SUPPORTED,
    /** The amount is above what one payment may be. */
    AMOUNT_LIMIT_EXCEEDED
}
