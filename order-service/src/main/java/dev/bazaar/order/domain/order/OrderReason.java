package dev.bazaar.order.domain.order;

/** Why an order ended REJECTED or CANCELLED, for the UI and metrics. */
public enum OrderReason {
    OUT_OF_STOCK,
    PRODUCT_UNAVAILABLE,
    RESERVATION_EXPIRED,
    PAYMENT_DECLINED,
    CANCELLED_BY_CUSTOMER,
    CANCELLED_BY_ADMIN,
    TIMED_OUT
}
