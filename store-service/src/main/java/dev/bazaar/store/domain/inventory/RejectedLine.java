package dev.bazaar.store.domain.inventory;

/**
 * A line a reservation could not satisfy, and why (a line of api/events' StockRejected).
 *
 * @param available units available when the command was handled (0 for an unknown product)
 */
public record RejectedLine(String productId, int requested, long available, Reason reason) {

    public enum Reason {
        OUT_OF_STOCK,
        PRODUCT_NOT_FOUND,
        PRODUCT_INACTIVE,
        STORE_CLOSED,
        /** Answers ConfirmReservation only: the reservation is no longer held. */
        RESERVATION_EXPIRED
    }
}
