package dev.bazaar.store.domain.inventory;

import java.time.Instant;
import java.util.List;

/**
 * The replies and facts of the checkout saga's stock side, as api/events describes them
 * (StockReserved, StockRejected, StockConfirmed, StockReleased). Each is keyed by its order's id on
 * {@code shop.stock.events}.
 */
public final class StockEvents {

    /** The outbox's aggregate type: topic {@code shop.stock.events}. */
    public static final String AGGREGATE = "stock";

    private StockEvents() {
    }

    /** Units of one product. */
    public record StockLine(String productId, int quantity) {

        static List<StockLine> of(Reservation reservation) {
            return reservation.lines().stream()
                    .map(line -> new StockLine(line.productId().toString(), line.quantity()))
                    .toList();
        }
    }

    /** Reply to ReserveStock: every line is held until {@code expiresAt}. */
    public record StockReserved(String orderId, List<StockLine> lines, Instant expiresAt, Instant occurredAt) {

        public static final String TYPE = "StockReserved";

        public static StockReserved of(Reservation reservation) {
            return new StockReserved(reservation.orderId().toString(), StockLine.of(reservation), reservation.expiresAt(),
                    reservation.updatedAt());
        }
    }

    /** Reply to ReserveStock (nothing reserved) or to ConfirmReservation (no longer held). */
    public record StockRejected(String orderId, Command command, String reason, List<RejectedLine> lines,
                                Instant occurredAt) {

        public static final String TYPE = "StockRejected";

        public enum Command {
            ReserveStock,
            ConfirmReservation
        }

        public static StockRejected ofReserve(Reservation reservation, List<RejectedLine> rejected) {
            return new StockRejected(reservation.orderId().toString(), Command.ReserveStock, reservation.reason(), rejected,
                    reservation.updatedAt());
        }

        /** The reservation is not held any more (expired, released or never made): every line fails. */
        public static StockRejected ofConfirm(Reservation reservation, Instant now) {
            List<RejectedLine> lines = reservation.lines().stream()
                    .map(line -> new RejectedLine(line.productId().toString(), line.quantity(), 0,
                            RejectedLine.Reason.RESERVATION_EXPIRED))
                    .toList();
            return new StockRejected(reservation.orderId().toString(), Command.ConfirmReservation,
                    "The reservation is " + reservation.status() + ", no longer held", lines, now);
        }
    }

    /** Reply to ConfirmReservation: the units are sold. */
    public record StockConfirmed(String orderId, List<StockLine> lines, Instant occurredAt) {

        public static final String TYPE = "StockConfirmed";

        public static StockConfirmed of(Reservation reservation, Instant now) {
            return new StockConfirmed(reservation.orderId().toString(), StockLine.of(reservation), now);
        }
    }

    /** The units went back to available: at the order's request, or on expiry. */
    public record StockReleased(String orderId, Reason reason, ReservationStatus previousStatus, List<StockLine> lines,
                                Instant occurredAt) {

        public static final String TYPE = "StockReleased";

        public enum Reason {
            RELEASE_REQUESTED,
            EXPIRED
        }

        public static StockReleased of(Reservation reservation, Reason reason, ReservationStatus previousStatus) {
            return new StockReleased(reservation.orderId().toString(), reason, previousStatus, StockLine.of(reservation),
                    reservation.updatedAt());
        }
    }
}
